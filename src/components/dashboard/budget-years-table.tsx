import type { BudgetColumn } from '@/domain/budget/budget-columns';
import type { YearTotals } from '@/domain/budget/types';
import { formatKronor, type Kronor } from '@/domain/money/kronor';
import { format, messages } from '@/i18n/catalog';

/** Totals per year (the current year's budget, the plan year, the prognoses) side by side. */
export function BudgetYearsTable({
  planYear,
  columns,
  totals,
}: {
  planYear: number;
  columns: BudgetColumn[];
  totals: YearTotals[];
}) {
  const { dashboard: t, areas } = messages();
  const rows: { label: string; pick: (y: YearTotals) => Kronor; className?: string }[] = [
    { label: t.memberContributions, pick: (y) => y.memberContributions },
    { label: t.openingEquity, pick: (y) => y.openingEquity },
    { label: t.totalAvailable, pick: (y) => y.totalAvailable, className: 'subtotal' },
    { label: t.costs, pick: (y) => y.costs },
    { label: t.closingEquity, pick: (y) => y.closingEquity, className: 'total' },
  ];
  return (
    <section aria-labelledby="years-title" className="card overflow-x-auto">
      <h2 id="years-title" className="mb-3 text-lg font-semibold">
        {t.yearsTitle}
      </h2>
      <table className="data-table" data-testid="budget-years">
        <caption className="sr-only">{format(t.yearsCaption, { year: planYear })}</caption>
        <thead>
          <tr>
            <th scope="col">{t.measure}</th>
            {columns.map((column) => (
              <th key={column.year} scope="col" className={`num ${column.year === planYear ? 'text-accent-900' : ''}`}>
                {format(areas.budget.columnHeading, { kind: areas.amountKind[column.kind], year: column.year })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label} className={row.className}>
              <th scope="row">{row.label}</th>
              {totals.map((y) => (
                <td key={y.year} className={`num ${y.year === planYear ? 'bg-accent-50/60' : ''}`}>
                  {formatKronor(row.pick(y))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
