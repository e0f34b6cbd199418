import type { YearTotals } from '@/domain/budget/types';
import { formatKronor } from '@/domain/money/kronor';
import { format, messages } from '@/i18n/catalog';

/** The plan year's headline figures; the test ids are used by the browser tests. */
export function KeyFigures({ year, totals }: { year: number; totals: YearTotals }) {
  const t = messages().dashboard;
  const figures = [
    { label: t.memberContributions, value: totals.memberContributions, testId: 'member-contributions' },
    { label: t.openingEquity, value: totals.openingEquity, testId: 'opening-equity' },
    { label: t.totalAvailable, value: totals.totalAvailable, testId: 'total-income', hint: t.totalAvailableHint },
    { label: t.costs, value: totals.costs, testId: 'total-costs' },
    { label: t.closingEquity, value: totals.closingEquity, testId: 'closing-equity', emphasis: true },
  ];
  return (
    <section aria-labelledby="key-figures-title" className="mb-8">
      <h2 id="key-figures-title" className="mb-3 text-lg font-semibold">
        {format(t.keyFiguresTitle, { year })}
      </h2>
      <dl className="grid gap-4 sm:grid-cols-2 xl:grid-cols-5">
        {figures.map((figure) => (
          <div
            key={figure.testId}
            className={`card flex flex-col ${figure.emphasis ? 'border-accent-600 ring-1 ring-accent-600' : ''}`}
          >
            <dt className="text-sm font-medium text-slate-600">{figure.label}</dt>
            <dd className="mt-1 text-xl font-semibold text-slate-900 tabular-nums" data-testid={figure.testId}>
              {formatKronor(figure.value)}
            </dd>
            {figure.hint ? <dd className="mt-1 text-xs text-slate-600">{figure.hint}</dd> : null}
          </div>
        ))}
      </dl>
    </section>
  );
}
