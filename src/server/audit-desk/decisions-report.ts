import 'server-only';
import { format, messages } from '@/i18n/catalog';
import { formatDate } from '@/i18n/dates';
import type { ReportTable } from '@/domain/report-table/report-table';
import type { DeskContext } from './audit-desk-context';
import { deskSubtitle } from './audit-desk-context';

export interface DecisionEntry {
  id: string;
  decidedAt: Date;
  text: string;
  meeting: { id: string; title: string; startsAt: Date; status: string };
  paragraph: { year: number; number: number; title: string } | null;
  matter: { year: number; number: number; title: string } | null;
}

/** The association's decisions in [from, to), in order of decision and paragraph. */
export async function loadDecisions(
  ctx: Pick<DeskContext, 'db' | 'associationId'>,
  range: { start: Date; end: Date },
  where: { matterId?: string; ids?: string[] } = {},
): Promise<DecisionEntry[]> {
  const rows = await ctx.db.decision.findMany({
    where: {
      associationId: ctx.associationId,
      decidedAt: { gte: range.start, lt: range.end },
      ...(where.matterId ? { matterId: where.matterId } : {}),
      ...(where.ids ? { id: { in: where.ids } } : {}),
    },
    orderBy: [{ decidedAt: 'asc' }, { createdAt: 'asc' }],
    select: {
      id: true,
      decidedAt: true,
      text: true,
      meeting: { select: { id: true, title: true, startsAt: true, status: true } },
      paragraph: { select: { year: true, number: true, title: true } },
      matter: { select: { year: true, number: true, title: true } },
    },
  });
  return rows.sort(
    (a, b) => a.decidedAt.getTime() - b.decidedAt.getTime() || (a.paragraph?.number ?? 0) - (b.paragraph?.number ?? 0),
  );
}

/** The decisions register as a report table (shared by the desk and the public-records export). */
export function decisionsTable(
  decisions: DecisionEntry[],
  meta: { fileBase: string; title: string; subtitle: string },
): ReportTable {
  const t = messages().auditDesk.reports.beslut;
  return {
    ...meta,
    landscape: true,
    columns: [
      { header: t.date, width: 10 },
      { header: t.meeting, width: 18 },
      { header: t.paragraph, width: 6 },
      { header: t.matter, width: 22 },
      { header: t.text, width: 44 },
    ],
    rows: decisions.map((d) => ({
      cells: [
        formatDate(d.decidedAt),
        `${d.meeting.title} ${formatDate(d.meeting.startsAt)}`,
        d.paragraph ? `§ ${d.paragraph.number}` : '',
        d.matter
          ? `${format(t.matterNumber, { year: d.matter.year, number: d.matter.number })} ${d.matter.title}`
          : (d.paragraph?.title ?? ''),
        d.text,
      ],
    })),
    emptyText: t.empty,
  };
}

export async function decisionsReport(ctx: DeskContext): Promise<ReportTable> {
  const t = messages().auditDesk.reports.beslut;
  return decisionsTable(await loadDecisions(ctx, ctx.range), {
    fileBase: `beslutsregister-${ctx.year}`,
    title: format(t.title, { year: ctx.year }),
    subtitle: deskSubtitle(ctx),
  });
}
