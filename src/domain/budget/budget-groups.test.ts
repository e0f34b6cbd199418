import { describe, expect, it } from 'vitest';
import { groupOf, groupSubtotals, insertionIndex, moveNeighbourIndex, typeOfCategory } from './budget-groups';
import { GOTLAND_YEARS, gotlandLines } from './finsamgotland-fixture';

describe('groupSubtotals with FinsamGotland 2026', () => {
  const groups = groupSubtotals(gotlandLines(), GOTLAND_YEARS);
  const group = (key: string) => groups.find((g) => g.group === key)!;

  it('gives the printed TOTALT Utvecklingsinsatser every year', () => {
    expect(group('development').amounts[2026]!.toString()).toBe('4107447');
    // The printed 2025 figure (3 162 166) does not match its own lines (3 361 638); the lines win.
    expect(GOTLAND_YEARS.map((year) => group('development').amounts[year]!.toNumber())).toEqual([
      3361638, 4107447, 3310325, 2340421, 2305000,
    ]);
  });

  it('sums income without the lönebidrag outside the total', () => {
    expect(group('income').amounts[2026]!.toString()).toBe('4200500');
    expect(group('reserve').amounts[2026]!.toString()).toBe('650000');
    expect(group('administration').amounts[2026]!.toString()).toBe('625000');
    expect(group('equity').amounts[2026]!.toString()).toBe('2714095');
  });

  it('keeps the plan’s order of groups', () => {
    expect(groups.map((g) => g.group)).toEqual(['income', 'equity', 'development', 'reserve', 'administration']);
  });
});

describe('categories', () => {
  it('know their group and type', () => {
    expect(groupOf('NEW_ACTIVITIES')).toBe('development');
    expect(groupOf('OTHER_INCOME')).toBe('income');
    expect(typeOfCategory('EQUITY')).toBe('INCOME');
    expect(typeOfCategory('RESERVE')).toBe('COST');
  });
});

describe('placing and moving lines', () => {
  const lines = [
    { id: 'fk', category: 'MEMBER_CONTRIBUTION' as const },
    { id: 'interest', category: 'OTHER_INCOME' as const },
    { id: 'equity', category: 'EQUITY' as const },
    { id: 'structural', category: 'STRUCTURAL' as const },
    { id: 'ungvux', category: 'INTERVENTION' as const },
    { id: 'reserve', category: 'RESERVE' as const },
  ];

  it('puts a new line after its category, else after its group, else last', () => {
    expect(insertionIndex(lines, 'MEMBER_CONTRIBUTION')).toBe(1);
    expect(insertionIndex(lines, 'NEW_ACTIVITIES')).toBe(5);
    expect(insertionIndex(lines, 'ADMINISTRATION')).toBe(6);
  });

  it('moves within the group only', () => {
    expect(moveNeighbourIndex(lines, 'ungvux', 'up')).toBe(3);
    expect(moveNeighbourIndex(lines, 'ungvux', 'down')).toBeNull();
    expect(moveNeighbourIndex(lines, 'interest', 'up')).toBe(0);
    expect(moveNeighbourIndex(lines, 'equity', 'up')).toBeNull();
  });
});
