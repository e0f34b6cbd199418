import { BUDGET_GROUPS, type BudgetGroupKey, type GroupSubtotals } from '@/domain/budget/budget-groups';
import type { BudgetSheetLine } from '@/domain/budget/budget-sheet';
import type { BudgetCategory, YearTotals } from '@/domain/budget/types';
import { ZERO, type Kronor } from '@/domain/money/kronor';

export type SumId = 'memberContributions' | 'totalAvailable' | 'development' | 'costs' | 'closingEquity';

export type SheetRow =
  | { kind: 'heading'; id: string; group: BudgetGroupKey }
  | { kind: 'line'; id: string; line: BudgetSheetLine }
  | { kind: 'sum'; id: string; sum: SumId; level: 'subtotal' | 'total' };

const CATEGORY_RANK = new Map<BudgetCategory, number>(BUDGET_GROUPS.flatMap((g) => g.categories).map((c, i) => [c, i]));

/** Lines in the order they are shown: by group and category, then by their own order. */
export function orderedLines(lines: readonly BudgetSheetLine[]): BudgetSheetLine[] {
  return [...lines].sort(
    (a, b) => (CATEGORY_RANK.get(a.category) ?? 99) - (CATEGORY_RANK.get(b.category) ?? 99) || a.order - b.order,
  );
}

/**
 * The sheet's rows: group headings, lines, and the sums the seed plan prints under them.
 * Income and equity always show (the totals below them read from both); an empty cost group is left out.
 */
export function sheetRows(lines: readonly BudgetSheetLine[]): SheetRow[] {
  const sorted = orderedLines(lines);
  const rows: SheetRow[] = [];
  for (const group of BUDGET_GROUPS) {
    const inGroup = sorted.filter((line) => group.categories.includes(line.category));
    const alwaysShown = group.key === 'income' || group.key === 'equity';
    if (inGroup.length === 0 && !alwaysShown) continue;
    rows.push({ kind: 'heading', id: `heading-${group.key}`, group: group.key });
    for (const line of inGroup) {
      rows.push({ kind: 'line', id: line.id, line });
      const next = inGroup[inGroup.indexOf(line) + 1];
      if (line.category === 'MEMBER_CONTRIBUTION' && next?.category !== 'MEMBER_CONTRIBUTION') {
        rows.push({ kind: 'sum', id: 'sum-memberContributions', sum: 'memberContributions', level: 'subtotal' });
      }
    }
    if (group.key === 'equity')
      rows.push({ kind: 'sum', id: 'sum-totalAvailable', sum: 'totalAvailable', level: 'total' });
    if (group.key === 'development')
      rows.push({ kind: 'sum', id: 'sum-development', sum: 'development', level: 'subtotal' });
  }
  rows.push({ kind: 'sum', id: 'sum-costs', sum: 'costs', level: 'total' });
  rows.push({ kind: 'sum', id: 'sum-closingEquity', sum: 'closingEquity', level: 'subtotal' });
  return rows;
}

/** One sum row's amount for a year. */
export function sumFor(sum: SumId, totals: YearTotals, groups: readonly GroupSubtotals[]): Kronor {
  if (sum === 'development') return groups.find((g) => g.group === 'development')?.amounts[totals.year] ?? ZERO;
  return totals[sum];
}
