import type { BudgetColumn } from '@/domain/budget/budget-columns';
import type { BudgetCategory, BudgetLineType, YearTotals } from '@/domain/budget/types';
import { formatKronor, type Kronor } from '@/domain/money/kronor';
import { format, messages } from '@/i18n/catalog';
import type { BudgetRow } from '@/server/plan/get-budget';

const CATEGORY_ORDER: readonly BudgetCategory[] = [
  'MEMBER_CONTRIBUTION',
  'OTHER_INCOME',
  'ADMINISTRATION',
  'STRUCTURAL',
  'INTERVENTION',
  'NEW_ACTIVITIES',
  'RESERVE',
];

interface Props {
  title: string;
  columns: BudgetColumn[];
  rows: BudgetRow[];
  totals: YearTotals[];
}

/** Lines of one type grouped by category; equity is shown from the totals (it may be rolled forward). */
function groupsOf(rows: BudgetRow[], type: BudgetLineType) {
  return CATEGORY_ORDER.map((category) => ({ category, lines: rows.filter((row) => row.type === type && row.category === category) })).filter(
    (group) => group.lines.length > 0,
  );
}

/** A lone line already called like its category ("Nya insatser") stands as its own group, without a heading. */
function namesItself(lines: BudgetRow[], categoryLabel: string): boolean {
  return lines.length === 1 && lines[0]!.name.toLocaleLowerCase('sv').startsWith(categoryLabel.toLocaleLowerCase('sv'));
}

/** The plan's budget as the plan prints it: income and totals, costs by category, closing equity. */
export function BudgetTable({ title, columns, rows, totals }: Props) {
  const t = messages().areas;
  const span = columns.length + 1;
  const hasOutside = rows.some((row) => row.outsideTotal);

  const sumRow = (label: string, pick: (y: YearTotals) => Kronor, className: string, testId: string) => (
    <tr key={testId} className={className} data-testid={testId}>
      <th scope="row" className={className ? undefined : 'font-normal'}>
        {label}
      </th>
      {totals.map((y) => (
        <td key={y.year} className="num">
          {formatKronor(pick(y))}
        </td>
      ))}
    </tr>
  );

  const headingRow = (key: string, label: string, className: string) => (
    <tr key={key} className={className}>
      <th scope="colgroup" colSpan={span}>
        {label}
      </th>
    </tr>
  );

  const lineRow = (row: BudgetRow, standalone = false) => (
    <tr key={row.id} data-testid="budget-line" className={standalone ? 'standalone-line' : undefined}>
      <th scope="row" className={standalone ? undefined : 'font-normal'}>
        {row.name}
        {row.outsideTotal ? (
          <>
            <sup aria-hidden="true" className="ml-0.5 font-semibold">
              *
            </sup>
            <span className="sr-only"> ({t.budget.outsideTotal})</span>
          </>
        ) : row.note ? (
          <span className="mt-0.5 block max-w-md text-xs font-normal text-slate-600">{row.note}</span>
        ) : null}
      </th>
      {columns.map((column) => {
        const amount = row.amounts.get(column.year);
        return (
          <td key={column.year} className={`num ${row.outsideTotal ? 'text-slate-600 italic' : ''}`}>
            {amount ? (
              formatKronor(amount)
            ) : (
              <>
                <span aria-hidden="true" className="text-slate-400">
                  –
                </span>
                <span className="sr-only">{t.budget.noAmount}</span>
              </>
            )}
          </td>
        );
      })}
    </tr>
  );

  return (
    <div className="card overflow-x-auto">
      <table className="data-table" data-testid="budget-table">
        <caption>{format(t.budget.caption, { title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t.budget.line}</th>
            {columns.map((column) => (
              <th key={column.year} scope="col" className="num">
                {format(t.budget.columnHeading, { kind: t.amountKind[column.kind], year: column.year })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {headingRow('income', t.budget.income, 'group-heading')}
          {groupsOf(rows, 'INCOME').flatMap((group) => [
            ...group.lines.map((row) => lineRow(row)),
            ...(group.category === 'MEMBER_CONTRIBUTION'
              ? [sumRow(t.budget.sumMemberContributions, (y) => y.memberContributions, 'subtotal', 'budget-member-contributions')]
              : []),
          ])}
          {sumRow(t.budget.openingEquity, (y) => y.openingEquity, '', 'budget-opening-equity')}
          {sumRow(t.budget.totalAvailable, (y) => y.totalAvailable, 'total', 'budget-total-available')}
        </tbody>
        <tbody>
          {headingRow('costs', t.budget.costs, 'group-heading')}
          {groupsOf(rows, 'COST').flatMap((group) =>
            namesItself(group.lines, t.budgetCategory[group.category])
              ? group.lines.map((row) => lineRow(row, true))
              : [headingRow(`category-${group.category}`, t.budgetCategory[group.category], 'category-heading'), ...group.lines.map((row) => lineRow(row))],
          )}
          {sumRow(t.budget.sumCosts, (y) => y.costs, 'total', 'budget-total-costs')}
          {sumRow(t.budget.closingEquity, (y) => y.closingEquity, 'subtotal', 'budget-closing-equity')}
        </tbody>
      </table>
      {hasOutside ? (
        <p className="mt-3 text-sm text-slate-600" data-testid="outside-total-footnote">
          <span aria-hidden="true">* </span>
          {t.budget.outsideTotal}
        </p>
      ) : null}
    </div>
  );
}
