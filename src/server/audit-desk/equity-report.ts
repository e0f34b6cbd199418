import 'server-only';
import { equityRows } from '@/domain/audit-desk/deviations';
import { analyzeBudget } from '@/domain/budget/analyze-budget';
import { formatKronor } from '@/domain/money/kronor';
import { format, messages } from '@/i18n/catalog';
import { getBudgetSheet } from '@/server/budget/page-readers/get-budget-sheet';
import { getFollowUp } from '@/server/budget/page-readers/get-follow-up';
import type { ReportTable } from '@/domain/report-table/report-table';
import { deskSubtitle, type DeskContext } from './audit-desk-context';

/** Equity per year of the year's plan (the adopted version when there is one) against floor and cap. */
export async function equityReport(ctx: DeskContext): Promise<ReportTable> {
  const t = messages().auditDesk.reports['eget-kapital'];
  const adopted = await ctx.db.plan.findFirst({
    where: { associationId: ctx.associationId, year: ctx.year, status: 'ADOPTED' },
    orderBy: { versionNumber: 'desc' },
    select: { versionNumber: true },
  });
  const sheet = await getBudgetSheet(
    ctx.associationId,
    { year: ctx.year, versionNumber: adopted?.versionNumber, roles: [] },
    { db: ctx.db, now: ctx.now },
  );
  const rows = sheet ? equityRows(analyzeBudget(sheet).equity) : [];
  const notes: string[] = [];
  if (sheet)
    notes.push(
      format(t.note, {
        version: sheet.planVersion,
        status: (messages().areas.planStatus as Record<string, string>)[sheet.planStatus]!.toLowerCase(),
      }),
    );
  if (sheet && adopted) {
    const view = await getFollowUp(ctx.associationId, { year: ctx.year, db: ctx.db, now: ctx.now });
    const opening = rows.find((row) => row.year === ctx.year)?.openingEquity;
    if (view.followUp && opening)
      notes.push(
        format(t.forecastNote, { year: ctx.year, amount: formatKronor(opening.plus(view.followUp.result.forecast)) }),
      );
  }
  return {
    fileBase: `eget-kapital-${ctx.year}`,
    title: format(t.title, { year: ctx.year }),
    subtitle: deskSubtitle(ctx),
    landscape: true,
    columns: [
      { header: t.year, width: 8 },
      { header: t.opening, width: 15, align: 'right' },
      { header: t.closing, width: 15, align: 'right' },
      { header: t.floor, width: 13, align: 'right' },
      { header: t.cap, width: 13, align: 'right' },
      { header: t.room, width: 14, align: 'right' },
      { header: t.margin, width: 14, align: 'right' },
      { header: t.assessment, width: 18 },
    ],
    rows: rows.map((row) => ({
      cells: [
        String(row.year),
        row.openingEquity,
        row.closingEquity,
        row.floor,
        row.cap,
        row.roomUnderCap,
        row.marginOverFloor,
        row.status.map((s) => t.status[s]).join(', '),
      ],
      highlight: !row.status.includes('WITHIN'),
    })),
    emptyText: t.empty,
    notes,
  };
}
