import 'server-only';
import { csvBytes } from '@/domain/csv/write-csv';
import { zipSync, type Zippable } from 'fflate';
import type { PrismaClient } from '@/generated/prisma/client';
import { format, messages } from '@/i18n/catalog';
import { formatDate } from '@/i18n/dates';
import { attestLogCells } from '@/server/attest-log/attest-log-rows';
import { getAttestLog } from '@/server/attest-log/get-attest-log';
import { decisionsTable, loadDecisions } from '@/server/audit-desk/decisions-report';
import type { Actor } from '@/server/authz/session-actor';
import { prisma } from '@/server/db/client';
import { getMinutes } from '@/server/minutes/page-readers/get-minutes';
import { noticeOfPostingSection } from '@/server/minutes/notice-of-posting-pdf';
import { renderMinutesPdf } from '@/server/minutes/render-minutes-pdf';
import { buildPlanDocument } from '@/server/plan-document/build-plan-document';
import { renderPlanPdf } from '@/server/plan-document/render-plan-pdf';
import type { ReportTable } from '@/domain/report-table/report-table';
import { renderReportPdf } from '@/server/report-table/render-report-pdf';
import { ConflictError } from '@/server/kernel/use-case-errors';
import {
  collectPublicRecords,
  type PublicRecordsInput,
  type PublicRecordsSelection,
  type RecordSource,
} from './collect-public-records';
import type { ExportFile } from '@/server/kernel/export-file';
import type { UseCaseDeps } from '@/server/kernel/deps';

/** What one ZIP may hold: enough for years of a small association's records, not a way to exhaust the server. */
export const MAX_DOCUMENTS = 150;
export const MAX_TOTAL_BYTES = 60 * 1024 * 1024;

/** The register (diarium-style list) of the selection, as a report table: number, date, title, type, status, file. */
export function registerTable(selection: PublicRecordsSelection): ReportTable {
  const t = messages().publicRecords;
  return {
    fileBase: 'register',
    title: t.registerTitle,
    subtitle: `${selection.associationName} · ${selection.description}`,
    landscape: true,
    columns: [
      { header: t.columns.number, width: 5 },
      { header: t.columns.date, width: 10 },
      { header: t.columns.title, width: 40 },
      { header: t.columns.type, width: 16 },
      { header: t.columns.status, width: 22 },
      { header: t.columns.file, width: 22 },
    ],
    rows: selection.entries.map((entry) => ({
      cells: [
        String(entry.number),
        formatDate(entry.date),
        entry.title,
        entry.type,
        entry.status,
        entry.fileName ?? t.notIncluded,
      ],
    })),
    emptyText: messages().publicRecords.chooseFirst,
    notes: [t.registerNote],
  };
}

export function registerCsv(table: ReportTable): Uint8Array {
  const rows = [
    table.columns.map((c) => c.header),
    ...table.rows.map((row) => row.cells.map((cell) => (typeof cell === 'string' ? cell : (cell?.toString() ?? '')))),
  ];
  return csvBytes(rows);
}

async function renderSource(
  source: RecordSource,
  selection: PublicRecordsSelection,
  actor: Actor,
  deps: { db: PrismaClient; now: Date; compress?: boolean },
): Promise<Uint8Array> {
  const t = messages().publicRecords;
  switch (source.kind) {
    case 'plan': {
      // The same document and PDF as the plan's own download.
      const document = await buildPlanDocument(
        { associationId: selection.associationId, planId: source.planId },
        actor,
        { db: deps.db },
      );
      if (!document) throw new Error(`plan ${source.planId} vanished during the export`);
      return renderPlanPdf(document, { compress: deps.compress });
    }
    case 'minutes': {
      // The same PDF as the locked minutes' own download.
      const minutes = await getMinutes(selection.associationId, source.meetingId, { db: deps.db });
      if (!minutes) throw new Error(`meeting ${source.meetingId} vanished during the export`);
      return renderMinutesPdf(minutes, {
        compress: deps.compress,
        sections: [await noticeOfPostingSection(selection.associationId, minutes.meeting, { db: deps.db })],
      });
    }
    case 'decisions': {
      const decisions = await loadDecisions(
        { db: deps.db, associationId: selection.associationId },
        { start: new Date(0), end: new Date('9999-01-01') },
        { ids: source.decisionIds },
      );
      const table = decisionsTable(decisions, {
        fileBase: '',
        title: format(t.decisionsTitle, { period: selection.description }),
        subtitle: selection.associationName,
      });
      return renderReportPdf(table, { generatedAt: deps.now, compress: deps.compress });
    }
    case 'attestLog': {
      const log = await getAttestLog(
        { associationId: selection.associationId, from: source.from, to: source.to },
        actor,
        { db: deps.db },
      );
      const a = messages().attestLog;
      const table: ReportTable = {
        fileBase: '',
        title: format(t.attestLogTitle, { period: selection.description }),
        subtitle: selection.associationName,
        landscape: true,
        columns: [
          { header: a.when, width: 14 },
          { header: a.person, width: 14 },
          { header: a.supplier, width: 18 },
          { header: a.invoiceNumber, width: 10 },
          { header: a.amount, width: 12, align: 'right' },
          { header: a.budgetLine, width: 18 },
          { header: a.rule, width: 18 },
          { header: a.outcome, width: 9 },
        ],
        rows: [...log.entries].reverse().map((entry) => {
          const c = attestLogCells(entry);
          return {
            cells: [c.when, c.person, c.supplier, c.invoiceNumber, c.amountInclVat, c.budgetLine, c.rule, c.outcome],
          };
        }),
        emptyText: a.empty,
      };
      return renderReportPdf(table, { generatedAt: deps.now, compress: deps.compress });
    }
    case 'attachment': {
      const attachment = await deps.db.attachment.findFirstOrThrow({
        where: { id: source.attachmentId, associationId: selection.associationId },
        select: { data: true },
      });
      return new Uint8Array(attachment.data);
    }
  }
}

/**
 * The public-records export: a ZIP of the selection's official documents as PDF (incoming
 * attachments as they came), with the register as PDF and CSV. Drafts are in the register, not in
 * the ZIP. Refused (CONFLICT, nothing made) above MAX_DOCUMENTS files or MAX_TOTAL_BYTES.
 */
export async function exportPublicRecords(
  input: PublicRecordsInput,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<ExportFile> {
  const db = deps.db ?? prisma;
  const now = deps.now ?? new Date();
  const t = messages().publicRecords;
  const maxDocuments = deps.limits?.documents ?? MAX_DOCUMENTS;
  const maxBytes = deps.limits?.bytes ?? MAX_TOTAL_BYTES;
  const selection = await collectPublicRecords(input, actor, { db, now });

  const included = new Map<string, RecordSource>();
  for (const entry of selection.entries) if (entry.fileName && entry.source) included.set(entry.fileName, entry.source);
  if (included.size > maxDocuments)
    throw new ConflictError(format(t.tooMany, { count: included.size, max: maxDocuments }));
  const attachmentIds = [...included.values()].flatMap((s) => (s.kind === 'attachment' ? [s.attachmentId] : []));
  let total = attachmentIds.length
    ? ((await db.attachment.aggregate({ where: { id: { in: attachmentIds } }, _sum: { sizeBytes: true } }))._sum
        .sizeBytes ?? 0)
    : 0;
  const tooLarge = (bytes: number) =>
    new ConflictError(
      format(t.tooLarge, { size: Math.ceil(bytes / 1024 / 1024), max: Math.round(maxBytes / 1024 / 1024) }),
    );
  if (total > maxBytes) throw tooLarge(total);

  const files: Zippable = {};
  total = 0;
  for (const [fileName, source] of included) {
    const body = await renderSource(source, selection, actor, { db, now, compress: deps.compress });
    total += body.byteLength;
    if (total > maxBytes) throw tooLarge(total);
    // PDFs and images are compressed already: store them.
    files[fileName] = [body, { level: 0 }];
  }
  const register = registerTable(selection);
  files['register.pdf'] = [
    await renderReportPdf(register, { generatedAt: now, compress: deps.compress }),
    { level: 0 },
  ];
  files['register.csv'] = registerCsv(register);
  const zip = zipSync(files, { level: 6, mtime: now });
  return { fileName: `${selection.fileBase}.zip`, contentType: 'application/zip', body: zip };
}
