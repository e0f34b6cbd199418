import 'server-only';
import {
  deviationPercent,
  isSignificantDeviation,
  SIGNIFICANT_DEVIATION_PERCENT,
} from '@/domain/audit-desk/deviations';
import type { FollowUpFigures, FollowUpLine } from '@/domain/budget/follow-up';
import { format, messages } from '@/i18n/catalog';
import { getFollowUp } from '@/server/budget/page-readers/get-follow-up';
import type { ReportRow, ReportTable } from '@/domain/report-table/report-table';
import { deskSubtitle, type DeskContext } from './audit-desk-context';

/** Budget against outcome per line with the deviation; unfavourable deviations of 10 % or more highlighted. */
export async function budgetOutcomeReport(ctx: DeskContext): Promise<ReportTable> {
  const t = messages().auditDesk.reports.budgetutfall;
  const months = messages().budgetFollowUp.months;
  const view = await getFollowUp(ctx.associationId, { year: ctx.year, db: ctx.db, now: ctx.now });
  const followUp = view.plan?.year === ctx.year ? view.followUp : null;
  const through = followUp && followUp.throughMonth > 0 ? months[followUp.throughMonth - 1]! : t.noMonth;
  const figures = (f: FollowUpFigures) => [f.budget, f.outcomeToDate, f.forecast, f.deviation];
  const lineRow = (line: FollowUpLine): ReportRow => {
    const significant = isSignificantDeviation(line);
    const percent = deviationPercent(line);
    const assessment = significant
      ? format(t.significant, { percent: SIGNIFICANT_DEVIATION_PERCENT })
      : line.favourable === null
        ? ''
        : line.favourable
          ? t.favourable
          : t.unfavourable;
    return {
      cells: [
        line.name,
        ...figures(line),
        percent === null ? '' : `${percent.toFixed(1).replace('.', ',')} %`,
        assessment,
      ],
      highlight: significant,
    };
  };
  const sumRow = (name: string, f: FollowUpFigures): ReportRow => ({
    cells: [name, ...figures(f), '', ''],
    bold: true,
  });
  const rows: ReportRow[] = followUp
    ? [
        ...followUp.lines.filter((line) => line.type === 'INCOME').map(lineRow),
        sumRow(t.income, followUp.income),
        ...followUp.lines.filter((line) => line.type === 'COST').map(lineRow),
        sumRow(t.costs, followUp.costs),
        sumRow(t.result, followUp.result),
      ]
    : [];
  return {
    fileBase: `budget-mot-utfall-${ctx.year}`,
    title: format(t.title, { year: ctx.year }),
    subtitle: deskSubtitle(ctx),
    landscape: true,
    columns: [
      { header: t.line, width: 34 },
      { header: t.budget, width: 14, align: 'right' },
      { header: format(t.outcome, { month: through }), width: 14, align: 'right' },
      { header: t.forecast, width: 14, align: 'right' },
      { header: t.deviation, width: 14, align: 'right' },
      { header: t.deviationPercent, width: 9, align: 'right' },
      { header: t.assessment, width: 22 },
    ],
    rows,
    emptyText: t.empty,
    notes: followUp ? [format(t.note, { percent: SIGNIFICANT_DEVIATION_PERCENT })] : [],
  };
}
