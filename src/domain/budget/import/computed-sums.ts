import type { Kronor } from '../../money/kronor';
import type { AmountKind } from '../budget-columns';
import { groupSubtotals } from '../budget-groups';
import type { BudgetCategory, BudgetLineAmounts, BudgetLineType } from '../types';
import { yearTotals } from '../year-totals';
import type { SumKey } from './layout';

export interface LineWithAmounts {
  type: BudgetLineType;
  category: BudgetCategory;
  outsideTotal: boolean;
  amounts: readonly { year: number; kind: AmountKind; amount: Kronor }[];
}

/** Budget and prognosis columns chain equity year to year; outcome columns chain among themselves. */
function isOutcome(kind: AmountKind) {
  return kind === 'OUTCOME';
}

/**
 * The value of every Summa row per column, computed with the project's rules (yearTotals,
 * groupSubtotals), keyed `${kind}:${year}`. Equity rolls forward through the columns of a track.
 */
export function computedSums(
  lines: readonly LineWithAmounts[],
  columns: readonly { year: number; kind: AmountKind }[],
): Map<string, Record<SumKey, Kronor>> {
  const result = new Map<string, Record<SumKey, Kronor>>();
  for (const outcome of [false, true]) {
    const trackColumns = columns.filter((c) => isOutcome(c.kind) === outcome).sort((a, b) => a.year - b.year);
    if (trackColumns.length === 0) continue;
    const years = trackColumns.map((c) => c.year);
    const amounts: BudgetLineAmounts[] = lines.map((line) => ({
      type: line.type,
      category: line.category,
      outsideTotal: line.outsideTotal,
      amounts: new Map(
        line.amounts
          .filter(
            (a) => isOutcome(a.kind) === outcome && trackColumns.some((c) => c.year === a.year && c.kind === a.kind),
          )
          .map((a) => [a.year, a.amount]),
      ),
    }));
    const totals = yearTotals(amounts, years);
    const development = groupSubtotals(amounts, years).find((g) => g.group === 'development')!;
    for (const [index, column] of trackColumns.entries()) {
      const t = totals[index]!;
      result.set(`${column.kind}:${column.year}`, {
        memberContributions: t.memberContributions,
        totalAvailable: t.totalAvailable,
        development: development.amounts[column.year]!,
        costs: t.costs,
      });
    }
  }
  return result;
}

export const sumsKey = (column: { year: number; kind: AmountKind }) => `${column.kind}:${column.year}`;
