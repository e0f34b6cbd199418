import { describe, expect, it } from 'vitest';
import {
  amountsAfterEnd,
  carriesOn,
  moveAmountsToYear,
  nextYearTitle,
  zeroAfterEnd,
  type PlanAmount,
} from './move-plan-year';

/** A seed row (one amount per column year, null = empty) as stored amounts of a plan. */
function stored(planYear: number, years: number[], row: (number | null)[]): PlanAmount[] {
  return years.flatMap((year, i) =>
    row[i] == null
      ? []
      : [{ year, kind: year <= planYear ? 'BUDGET' : 'PROGNOSIS', amount: String(row[i]) } as PlanAmount],
  );
}
const GOTLAND = [2025, 2026, 2027, 2028, 2029];
const show = (amounts: PlanAmount[]) => amounts.map((a) => `${a.year} ${a.kind[0]} ${a.amount}`);

describe('moveAmountsToYear (FinsamGotland 2026 → 2027, three prognosis years)', () => {
  const move = (category: 'INTERVENTION' | 'EQUITY' | 'NEW_ACTIVITIES', row: (number | null)[]) =>
    show(
      moveAmountsToYear({
        category,
        amounts: stored(2026, GOTLAND, row),
        sourceYear: 2026,
        targetYear: 2027,
        prognosisYears: 3,
      }),
    );

  it('keeps 2026 as the current year and makes the 2027 prognosis the budget', () => {
    expect(move('INTERVENTION', [1133510, 1652447, 1705325, 735421, null])).toEqual([
      '2026 B 1652447',
      '2027 B 1705325',
      '2028 P 735421',
    ]);
  });

  it('repeats the last prognosis for the year the new plan adds (2030)', () => {
    expect(move('NEW_ACTIVITIES', [null, 1300000, 1300000, 1300000, 2000000])).toEqual([
      '2026 B 1300000',
      '2027 B 1300000',
      '2028 P 1300000',
      '2029 P 2000000',
      '2030 P 2000000',
    ]);
  });

  it('carries only the current year of the equity line (later years roll forward)', () => {
    expect(move('EQUITY', [2263472, 2714095, null, null, null])).toEqual(['2026 B 2714095']);
  });

  it('copies a revision (same year) as it is', () => {
    const amounts = stored(2026, GOTLAND, [1, 2, 3, 4, 5]);
    expect(
      moveAmountsToYear({ category: 'INTERVENTION', amounts, sourceYear: 2026, targetYear: 2026, prognosisYears: 3 }),
    ).toEqual(amounts);
  });

  it('refuses to move backwards', () => {
    expect(() =>
      moveAmountsToYear({
        category: 'INTERVENTION',
        amounts: [],
        sourceYear: 2026,
        targetYear: 2025,
        prognosisYears: 3,
      }),
    ).toThrow(RangeError);
  });
});

describe('an intervention ending mid-prognosis (Sjöbygden: Steget vidare ends 2027)', () => {
  const moved = moveAmountsToYear({
    category: 'INTERVENTION',
    amounts: stored(2026, [2025, 2026, 2027, 2028], [2000000, 2100000, 2150000, 1000000]),
    sourceYear: 2026,
    targetYear: 2027,
    prognosisYears: 2,
  });

  it('flags the years after the end that still hold money', () => {
    expect(amountsAfterEnd(moved, 2027)).toEqual([2028, 2029]);
    expect(amountsAfterEnd(moved, null)).toEqual([]);
  });

  it('sets them to zero, and fills missing later columns with zero', () => {
    const zeroed = zeroAfterEnd(moved.slice(0, 3), 2027, 2027, [2026, 2027, 2028, 2029]);
    expect(show(zeroed)).toEqual(['2026 B 2100000', '2027 B 2150000', '2028 P 0', '2029 P 0']);
    expect(amountsAfterEnd(zeroed, 2027)).toEqual([]);
  });
});

describe('what goes on into next year', () => {
  it('carries running and decided interventions only', () => {
    expect((['PROPOSED', 'DECIDED', 'RUNNING', 'ENDED'] as const).filter(carriesOn)).toEqual(['DECIDED', 'RUNNING']);
  });

  it('moves the year in the title', () => {
    expect(nextYearTitle('Verksamhets- och budgetplan 2026', 2026, 2027, 'x')).toBe('Verksamhets- och budgetplan 2027');
    expect(nextYearTitle('Vår plan', 2026, 2027, 'Verksamhets- och budgetplan 2027')).toBe(
      'Verksamhets- och budgetplan 2027',
    );
  });
});
