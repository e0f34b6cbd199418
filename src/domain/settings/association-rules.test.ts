import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { expectedContributions, type SplitMember } from '../budget/funding-split';
import { kronor } from '../money/kronor';
import { defaultRules, inForceFor, isMemberIn, yearsGoverned } from './association-rules';

describe('inForceFor (the rules for a year)', () => {
  const rows = [{ from: 2024 }, { from: 2027 }, { from: 2026 }];
  const pick = (year: number) => inForceFor(rows, year, (r) => r.from)?.from ?? null;

  it('takes the row with the largest year not after the year', () => {
    expect(pick(2024)).toBe(2024);
    expect(pick(2025)).toBe(2024);
    expect(pick(2026)).toBe(2026);
    expect(pick(2030)).toBe(2027);
  });

  it('gives none before the first row (the defaults apply), so a later row never changes an earlier year', () => {
    expect(pick(2023)).toBeNull();
    expect(inForceFor([], 2026, () => 0)).toBeNull();
  });
});

describe('yearsGoverned', () => {
  it('runs from the row’s year to the year before the next row, open after the last', () => {
    expect(yearsGoverned(2026, [2024, 2026, 2029])).toEqual({ from: 2026, to: 2028 });
    expect(yearsGoverned(2029, [2024, 2026, 2029])).toEqual({ from: 2029, to: null });
    expect(yearsGoverned(2022, [2024])).toEqual({ from: 2022, to: 2023 });
  });
});

describe('isMemberIn', () => {
  it('counts the first and the last year of membership', () => {
    const left2025 = { joinedYear: 2019, leftYear: 2025 };
    expect(isMemberIn(left2025, 2024)).toBe(true);
    expect(isMemberIn(left2025, 2025)).toBe(true);
    expect(isMemberIn(left2025, 2026)).toBe(false);
    expect(isMemberIn(left2025, 2018)).toBe(false);
    expect(isMemberIn({ joinedYear: null, leftYear: null }, 1999)).toBe(true);
  });
});

describe('defaultRules', () => {
  it('are domain.md’s: one cap tier of 20 % up to 7 000 000, deadline 30 November, more than half', () => {
    const rules = defaultRules();
    expect(rules.capTiers.map((t) => [t.upTo?.toString(), t.percent.toString()])).toEqual([['7000000', '20']]);
    expect([rules.adoptionDeadlineMonth, rules.adoptionDeadlineDay, rules.quorumRule]).toEqual([
      11,
      30,
      'MORE_THAN_HALF',
    ]);
  });
});

describe('six municipalities by population (an association unlike the demo)', () => {
  const member = (id: string, kind: SplitMember['kind'], population: number | null = null): SplitMember => ({
    id,
    kind,
    name: id,
    population,
    splitPercent: null,
  });
  const members = [
    member('fk', 'FK'),
    member('af', 'AF'),
    member('region', 'REGION'),
    member('k1', 'MUNICIPALITY', 60_000),
    member('k2', 'MUNICIPALITY', 25_000),
    member('k3', 'MUNICIPALITY', 10_000),
    member('k4', 'MUNICIPALITY', 3_000),
    member('k5', 'MUNICIPALITY', 1_500),
    member('k6', 'MUNICIPALITY', 500),
  ];
  const split = { regionHoldsMunicipalRole: false, municipalSplitKey: 'POPULATION' as const };
  const amounts = (state: number) =>
    Object.fromEntries(
      expectedContributions(kronor(state), members, split).contributions.map((c) => [
        c.memberId,
        c.expected.toString(),
      ]),
    );

  it('splits the municipalities’ quarter of 1 000 000 kr exactly by population', () => {
    expect(amounts(2_000_000)).toEqual({
      fk: '2000000',
      region: '1000000',
      k1: '600000',
      k2: '250000',
      k3: '100000',
      k4: '30000',
      k5: '15000',
      k6: '5000',
    });
  });

  it('rounds to whole kronor by largest remainder so that the parts sum to the state amount', () => {
    const result = amounts(2_000_001);
    expect(result).toEqual({
      fk: '2000001',
      region: '1000001',
      k1: '600000',
      k2: '250000',
      k3: '100000',
      k4: '30000',
      k5: '15000',
      k6: '5000',
    });
    const others = Object.entries(result).filter(([id]) => id !== 'fk');
    expect(others.reduce((acc, [, v]) => acc.plus(v), new Decimal(0)).toString()).toBe('2000001');
  });

  it('gives the last kronor by remainder among the municipalities too', () => {
    // Municipal quarter 333 333: exact shares 199 999,8 / 83 333,25 / 33 333,3 / 9 999,99 / 4 999,995 / 1 666,665.
    const result = amounts(666_666);
    const municipal = ['k1', 'k2', 'k3', 'k4', 'k5', 'k6'].map((id) => result[id]);
    expect(municipal).toEqual(['200000', '83333', '33333', '10000', '5000', '1667']);
    expect(result.region).toBe('333333');
  });
});
