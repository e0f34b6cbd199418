import 'server-only';
import { z } from 'zod';
import { calendarDateIn } from '@/domain/calendar/local-date';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { prisma } from '@/server/db/client';
import type { ReportTable } from '@/domain/report-table/report-table';
import { renderReportPdf } from '@/server/report-table/render-report-pdf';
import { renderReportXlsx } from '@/server/report-table/render-report-xlsx';
import { attestLogReport } from './attest-log-report';
import { adoptedChangesReport, delegationChangesReport } from './audit-changes-report';
import { deskContext, type DeskContext } from './audit-desk-context';
import { budgetOutcomeReport } from './budget-outcome-report';
import { decisionsReport } from './decisions-report';
import { equityReport } from './equity-report';
import type { ExportFile } from '@/server/kernel/export-file';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { associationId } from '@/server/kernel/input';

/** The desk's reports in page order; the key is the report's URL segment. */
export const AUDIT_REPORTS = {
  budgetutfall: budgetOutcomeReport,
  'eget-kapital': equityReport,
  attestlogg: attestLogReport,
  beslut: decisionsReport,
  andringar: adoptedChangesReport,
  delegation: delegationChangesReport,
} satisfies Record<string, (ctx: DeskContext) => Promise<ReportTable>>;
export type AuditReportKey = keyof typeof AUDIT_REPORTS;
export const AUDIT_REPORT_KEYS = Object.keys(AUDIT_REPORTS) as AuditReportKey[];

export function isAuditReportKey(key: string): key is AuditReportKey {
  return Object.hasOwn(AUDIT_REPORTS, key);
}

const deskInput = z.object({ associationId, year: z.number().int().min(2000).max(2200).nullish() });
export type AuditDeskInput = z.input<typeof deskInput>;
/** The year to show: the requested one, else the running year. Years offered: those with a plan, and the running year. */
async function openDesk(rawInput: AuditDeskInput, actor: Actor, deps: UseCaseDeps) {
  const input = deskInput.parse(rawInput);
  const db = deps.db ?? prisma;
  const now = deps.now ?? new Date();
  await assertPermission(actor.personId, input.associationId, 'auditLog.read', { db, now });
  const [association, plans] = await Promise.all([
    db.association.findUniqueOrThrow({
      where: { id: input.associationId },
      select: { id: true, name: true, slug: true },
    }),
    db.plan.findMany({ where: { associationId: input.associationId }, select: { year: true }, distinct: ['year'] }),
  ]);
  const running = calendarDateIn(now).year;
  const years = [...new Set([...plans.map((p) => p.year), running])].sort((a, b) => a - b);
  const year = input.year ?? running;
  return { ctx: deskContext(db, association, year, now), years, slug: association.slug };
}

/**
 * Everything on the auditor's desk for one year. Who may read the audit log may read it
 * (auditLog.read: the director, the chair and the auditor).
 */
export async function getAuditDesk(input: AuditDeskInput, actor: Actor, deps: UseCaseDeps = {}) {
  const { ctx, years } = await openDesk(input, actor, deps);
  const reports = [] as { key: AuditReportKey; table: ReportTable }[];
  for (const key of AUDIT_REPORT_KEYS) reports.push({ key, table: await AUDIT_REPORTS[key](ctx) });
  return { year: ctx.year, years, reports };
}

/** One report of the desk as PDF or XLSX. */
export async function exportAuditReport(
  input: AuditDeskInput & { report: string; format: 'pdf' | 'xlsx' },
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<ExportFile | null> {
  if (!isAuditReportKey(input.report)) return null;
  const { ctx } = await openDesk(input, actor, deps);
  const table = await AUDIT_REPORTS[input.report](ctx);
  if (input.format === 'pdf') {
    return {
      fileName: `${table.fileBase}.pdf`,
      contentType: 'application/pdf',
      body: await renderReportPdf(table, { generatedAt: ctx.now, compress: deps.compress }),
    };
  }
  return {
    fileName: `${table.fileBase}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: await renderReportXlsx(table),
  };
}
