import { describe, expect, it } from 'vitest';
import { budgetColumns, lineForColumns, type StoredBudgetLine } from '@/domain/budget/budget-columns';
import { yearTotals } from '@/domain/budget/year-totals';
import { kronor } from '@/domain/money/kronor';
import type { BudgetCategory, BudgetLineType } from '@/domain/budget/types';

const YEARS = [2025, 2026, 2027, 2028, 2029];

function line(
  type: BudgetLineType,
  category: BudgetCategory,
  values: (number | null)[],
  outsideTotal = false,
): StoredBudgetLine {
  return {
    type,
    category,
    outsideTotal,
    amounts: values.flatMap((value, i) => {
      const year = YEARS[i]!;
      return value === null
        ? []
        : [{ year, kind: year <= 2026 ? ('BUDGET' as const) : ('PROGNOSIS' as const), amount: kronor(value) }];
    }),
  };
}

// FinsamGotland's plan 2026 (seeds/verksamhets-och-budgetplan-2026.md). The seed text leaves out
// the administration lines; one line here holds what its SUMMA KOSTNADER implies.
const gotland: StoredBudgetLine[] = [
  line('INCOME', 'MEMBER_CONTRIBUTION', [2_115_000, 2_100_000, 2_050_000, 2_000_000, 2_000_000]),
  line('INCOME', 'MEMBER_CONTRIBUTION', [2_115_000, 2_100_000, 2_050_000, 2_000_000, 2_000_000]),
  line('INCOME', 'OTHER_INCOME', [100_000, 160_000, 160_000, 160_000, 160_000], true),
  line('INCOME', 'OTHER_INCOME', [562, 500, 500, 500, 400]),
  line('INCOME', 'EQUITY', [2_263_472, 2_714_095, null, null, null]),
  line('COST', 'ADMINISTRATION', [682_000, 625_000, 653_000, 1_145_000, 1_216_800]),
  line('COST', 'STRUCTURAL', [300_000, 300_000, 300_000, 300_000, 300_000]),
  line('COST', 'STRUCTURAL', [10_000, 5_000, 5_000, 5_000, 5_000]),
  line('COST', 'STRUCTURAL', [50_000, null, null, null, null]),
  line('COST', 'INTERVENTION', [960_000, 0, 0, 0, 0]),
  line('COST', 'INTERVENTION', [1_133_510, 1_652_447, 1_705_325, 735_421, null]),
  line('COST', 'INTERVENTION', [908_128, 850_000, 0, 0, 0]),
  line('COST', 'NEW_ACTIVITIES', [null, 1_300_000, 1_300_000, 1_300_000, 2_000_000]),
  line('COST', 'RESERVE', [650_000, 650_000, 650_000, 650_000, 650_000]),
];

describe('budgetColumns', () => {
  it('makes budgets up to the plan year and prognoses after', () => {
    const columns = budgetColumns(
      2026,
      gotland.flatMap((l) => l.amounts),
    );
    expect(columns).toEqual([
      { year: 2025, kind: 'BUDGET' },
      { year: 2026, kind: 'BUDGET' },
      { year: 2027, kind: 'PROGNOSIS' },
      { year: 2028, kind: 'PROGNOSIS' },
      { year: 2029, kind: 'PROGNOSIS' },
    ]);
  });
  it('ignores outcome amounts', () => {
    expect(budgetColumns(2026, [{ year: 2024, kind: 'OUTCOME' }])).toEqual([]);
  });
});

describe('lineForColumns with yearTotals', () => {
  it('gives FinsamGotland 2026 the figures of the adopted plan', () => {
    const columns = budgetColumns(
      2026,
      gotland.flatMap((l) => l.amounts),
    );
    const totals = yearTotals(
      gotland.map((l) => lineForColumns(l, columns)),
      columns.map((c) => c.year),
    );
    const y2026 = totals.find((t) => t.year === 2026)!;
    expect(y2026.memberContributions.toString()).toBe('4200000');
    expect(y2026.totalAvailable.toString()).toBe('6914595');
    expect(y2026.costs.toString()).toBe('5382447');
    expect(y2026.closingEquity.toString()).toBe('1532148');
    expect(totals.find((t) => t.year === 2027)!.totalAvailable.toString()).toBe('5632648');
  });
  it('does not take a prognosis for a budget column', () => {
    const stored: StoredBudgetLine = {
      type: 'COST',
      category: 'STRUCTURAL',
      outsideTotal: false,
      amounts: [{ year: 2026, kind: 'PROGNOSIS', amount: kronor(1) }],
    };
    expect(lineForColumns(stored, [{ year: 2026, kind: 'BUDGET' }]).amounts.size).toBe(0);
  });
});
