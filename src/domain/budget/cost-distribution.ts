import { ZERO, type Kronor } from '../money/kronor';
import type { BudgetCategory, BudgetLineAmounts } from './types';

export type CostShareKey = 'individual' | 'structural' | 'administration' | 'new';

const SHARE_CATEGORIES: Record<CostShareKey, BudgetCategory> = {
  individual: 'INTERVENTION',
  structural: 'STRUCTURAL',
  administration: 'ADMINISTRATION',
  new: 'NEW_ACTIVITIES',
};

export interface CostDistributionYear {
  year: number;
  /** Costs without the reserve and without lines outside the total. */
  total: Kronor;
  amounts: Record<CostShareKey, Kronor>;
  /** Exact percentages of `total`; null when there are no such costs. */
  percents: Record<CostShareKey, Kronor> | null;
}

/** The share of costs for individual-oriented interventions, structural work, administration and new activities. */
export function costDistribution(
  lines: readonly BudgetLineAmounts[],
  years: readonly number[],
): CostDistributionYear[] {
  const costs = lines.filter((l) => l.type === 'COST' && !l.outsideTotal && l.category !== 'RESERVE');
  return years.map((year) => {
    const sumOf = (category: BudgetCategory) =>
      costs.filter((l) => l.category === category).reduce((acc, l) => acc.plus(l.amounts.get(year) ?? ZERO), ZERO);
    const amounts = {
      individual: sumOf(SHARE_CATEGORIES.individual),
      structural: sumOf(SHARE_CATEGORIES.structural),
      administration: sumOf(SHARE_CATEGORIES.administration),
      new: sumOf(SHARE_CATEGORIES.new),
    };
    const total = costs.reduce((acc, l) => acc.plus(l.amounts.get(year) ?? ZERO), ZERO);
    const percent = (value: Kronor) => value.mul(100).div(total);
    const percents = total.isZero()
      ? null
      : {
          individual: percent(amounts.individual),
          structural: percent(amounts.structural),
          administration: percent(amounts.administration),
          new: percent(amounts.new),
        };
    return { year, total, amounts, percents };
  });
}
