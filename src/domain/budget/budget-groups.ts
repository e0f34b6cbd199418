import { ZERO, type Kronor } from '../money/kronor';
import type { BudgetCategory, BudgetLineAmounts } from './types';

export type BudgetGroupKey = 'income' | 'equity' | 'development' | 'reserve' | 'administration';

/** The plan's grouping of lines, in the order the plan prints them (FinsamGotland's "TOTALT Utvecklingsinsatser"). */
export const BUDGET_GROUPS: readonly { key: BudgetGroupKey; categories: readonly BudgetCategory[] }[] = [
  { key: 'income', categories: ['MEMBER_CONTRIBUTION', 'OTHER_INCOME'] },
  { key: 'equity', categories: ['EQUITY'] },
  { key: 'development', categories: ['STRUCTURAL', 'INTERVENTION', 'NEW_ACTIVITIES'] },
  { key: 'reserve', categories: ['RESERVE'] },
  { key: 'administration', categories: ['ADMINISTRATION'] },
];

export function groupOf(category: BudgetCategory): BudgetGroupKey {
  return BUDGET_GROUPS.find((group) => group.categories.includes(category))!.key;
}

/** Whether lines of the category are income (contributions, other income, the equity brought in) or costs. */
export function typeOfCategory(category: BudgetCategory): 'INCOME' | 'COST' {
  return category === 'MEMBER_CONTRIBUTION' || category === 'OTHER_INCOME' || category === 'EQUITY' ? 'INCOME' : 'COST';
}

export interface GroupSubtotals {
  group: BudgetGroupKey;
  /** Keyed by year. */
  amounts: Record<number, Kronor>;
}

/** Subtotal per group and year; lines outside the total are never summed. */
export function groupSubtotals(lines: readonly BudgetLineAmounts[], years: readonly number[]): GroupSubtotals[] {
  return BUDGET_GROUPS.map(({ key, categories }) => {
    const members = lines.filter((line) => !line.outsideTotal && categories.includes(line.category));
    const amounts: Record<number, Kronor> = {};
    for (const year of years)
      amounts[year] = members.reduce((total, line) => total.plus(line.amounts.get(year) ?? ZERO), ZERO);
    return { group: key, amounts };
  });
}

/**
 * Where a line of the category goes among the plan's lines (in order): after the last line of the
 * same category, else after the last of its group, else last. Returns the index to insert at.
 */
export function insertionIndex(lines: readonly { category: BudgetCategory }[], category: BudgetCategory): number {
  const lastOf = (keep: (c: BudgetCategory) => boolean) => lines.findLastIndex((line) => keep(line.category));
  const sameCategory = lastOf((c) => c === category);
  if (sameCategory >= 0) return sameCategory + 1;
  const sameGroup = lastOf((c) => groupOf(c) === groupOf(category));
  return sameGroup >= 0 ? sameGroup + 1 : lines.length;
}

/** The neighbour a line swaps with when moved: the nearest line of the same group in that direction, or none. */
export function moveNeighbourIndex(
  lines: readonly { id: string; category: BudgetCategory }[],
  lineId: string,
  direction: 'up' | 'down',
): number | null {
  const index = lines.findIndex((line) => line.id === lineId);
  if (index < 0) return null;
  const group = groupOf(lines[index]!.category);
  const step = direction === 'up' ? -1 : 1;
  for (let i = index + step; i >= 0 && i < lines.length; i += step) {
    if (groupOf(lines[i]!.category) === group) return i;
  }
  return null;
}
