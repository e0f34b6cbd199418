import type { Kronor } from '../money/kronor';

export type BudgetLineType = 'INCOME' | 'COST';
export type BudgetCategory =
  | 'MEMBER_CONTRIBUTION'
  | 'OTHER_INCOME'
  | 'EQUITY'
  | 'ADMINISTRATION'
  | 'STRUCTURAL'
  | 'INTERVENTION'
  | 'NEW_ACTIVITIES'
  | 'RESERVE';

/** One budget line with one amount per year (the kind, budget or prognosis, is the caller's choice). */
export interface BudgetLineAmounts {
  type: BudgetLineType;
  category: BudgetCategory;
  outsideTotal: boolean;
  amounts: ReadonlyMap<number, Kronor>;
}

export interface YearTotals {
  year: number;
  memberContributions: Kronor;
  /** Income counted in the total, without the equity brought in. */
  income: Kronor;
  openingEquity: Kronor;
  /** The seed's "TOTALT": member contributions + other income + opening equity. */
  totalAvailable: Kronor;
  costs: Kronor;
  closingEquity: Kronor;
}
