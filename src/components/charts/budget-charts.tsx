import { analyzeBudget } from '@/domain/budget/analyze-budget';
import type { BudgetSheet } from '@/domain/budget/budget-sheet';
import { EquityChart } from './equity-chart';
import { IncomeCostsChart } from './income-costs-chart';

/** The budget's two charts, drawn on the server as SVG (no chart library, no client JavaScript). */
export function BudgetCharts({ sheet }: { sheet: BudgetSheet }) {
  if (sheet.columns.length === 0) return null;
  const analysis = analyzeBudget(sheet);
  return (
    <div className="grid gap-6 xl:grid-cols-2 print:grid-cols-1" data-testid="budget-charts">
      <EquityChart equity={analysis.equity} />
      <IncomeCostsChart totals={analysis.totals} />
    </div>
  );
}
