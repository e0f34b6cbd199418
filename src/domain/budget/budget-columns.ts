import type { Kronor } from '../money/kronor';
import type { BudgetCategory, BudgetLineAmounts, BudgetLineType } from './types';

export type AmountKind = 'BUDGET' | 'PROGNOSIS' | 'OUTCOME';

export interface BudgetColumn {
  year: number;
  kind: AmountKind;
}

export interface StoredAmount {
  year: number;
  kind: AmountKind;
  amount: Kronor;
}

export interface StoredBudgetLine {
  type: BudgetLineType;
  category: BudgetCategory;
  outsideTotal: boolean;
  amounts: readonly StoredAmount[];
}

/**
 * A plan's columns: every year it holds a budget or prognosis for. Years up to the plan
 * year (the current year's budget and the plan year) are budgets; later years prognoses.
 */
export function budgetColumns(
  planYear: number,
  amounts: readonly Pick<StoredAmount, 'year' | 'kind'>[],
): BudgetColumn[] {
  const years = new Set(amounts.filter((a) => a.kind !== 'OUTCOME').map((a) => a.year));
  return [...years].sort((a, b) => a - b).map((year) => ({ year, kind: year <= planYear ? 'BUDGET' : 'PROGNOSIS' }));
}

/** The amounts of one line for the given columns, in the shape `yearTotals` reads. */
export function lineForColumns<T extends StoredBudgetLine>(
  line: T,
  columns: readonly BudgetColumn[],
): BudgetLineAmounts {
  const amounts = new Map<number, Kronor>();
  for (const column of columns) {
    const stored = line.amounts.find((a) => a.year === column.year && a.kind === column.kind);
    if (stored) amounts.set(column.year, stored.amount);
  }
  return { type: line.type, category: line.category, outsideTotal: line.outsideTotal, amounts };
}
