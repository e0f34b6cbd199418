import { describe, expect, it } from 'vitest';
import { kronor, type Kronor } from '../money/kronor';
import { checkFundingSplit, expectedContributions, type ContributionLine, type SplitMember } from './funding-split';

const member = (id: string, kind: SplitMember['kind'], extra: Partial<SplitMember> = {}): SplitMember => ({
  id,
  kind,
  name: id,
  population: null,
  splitPercent: null,
  ...extra,
});

const gotland = [member('fk', 'FK'), member('af', 'AF'), member('region', 'REGION', { name: 'Region Gotland' })];
const sjobygden = [
  member('fk', 'FK'),
  member('af', 'AF'),
  member('region', 'REGION'),
  member('sjostad', 'MUNICIPALITY', { population: 40000 }),
  member('ekdala', 'MUNICIPALITY', { population: 25000 }),
  member('granlunda', 'MUNICIPALITY', { population: 20000 }),
  member('bjorkviken', 'MUNICIPALITY', { population: 15000 }),
];
const amounts = (result: { contributions: { memberId: string; expected: Kronor }[] }) =>
  Object.fromEntries(result.contributions.map((c) => [c.memberId, c.expected.toString()]));

describe('expectedContributions', () => {
  it('gives Region Gotland the whole other half (50/50)', () => {
    const result = expectedContributions(kronor(2_100_000), gotland, {
      regionHoldsMunicipalRole: true,
      municipalSplitKey: 'EQUAL',
    });
    expect(amounts(result)).toEqual({ fk: '2100000', region: '2100000' });
  });

  it('splits Sjöbygden 50/25/25 with the municipal quarter by population', () => {
    const result = expectedContributions(kronor(3_000_000), sjobygden, {
      regionHoldsMunicipalRole: false,
      municipalSplitKey: 'POPULATION',
    });
    expect(amounts(result)).toEqual({
      fk: '3000000',
      region: '1500000',
      sjostad: '600000',
      ekdala: '375000',
      granlunda: '300000',
      bjorkviken: '225000',
    });
    expect(result.problems).toEqual([]);
  });

  it('rounds to whole kronor with the remainder given so the parts sum to the state amount', () => {
    const three = [
      member('fk', 'FK'),
      member('r', 'REGION'),
      member('a', 'MUNICIPALITY'),
      member('b', 'MUNICIPALITY'),
      member('c', 'MUNICIPALITY'),
    ];
    const result = expectedContributions(kronor(1_000_001), three, {
      regionHoldsMunicipalRole: false,
      municipalSplitKey: 'EQUAL',
    });
    // Exact: region 500 000,5; each municipality 166 666,8333…
    expect(amounts(result)).toEqual({ fk: '1000001', r: '500000', a: '166667', b: '166667', c: '166667' });
    const others = result.contributions.slice(1).reduce((acc, c) => acc.plus(c.expected), kronor(0));
    expect(others.toString()).toBe('1000001');
  });

  it('shares the region part equally between several regions', () => {
    const two = [member('fk', 'FK'), member('r1', 'REGION'), member('r2', 'REGION'), member('m', 'MUNICIPALITY')];
    const result = expectedContributions(kronor(2_000_000), two, {
      regionHoldsMunicipalRole: false,
      municipalSplitKey: 'EQUAL',
    });
    expect(amounts(result)).toEqual({ fk: '2000000', r1: '500000', r2: '500000', m: '1000000' });
  });

  it('splits by fixed percentages of the municipal quarter, and reports percentages that do not sum to 100', () => {
    const fixed = [
      member('fk', 'FK'),
      member('r', 'REGION'),
      member('a', 'MUNICIPALITY', { splitPercent: kronor(60) }),
      member('b', 'MUNICIPALITY', { splitPercent: kronor(40) }),
    ];
    const settings = { regionHoldsMunicipalRole: false, municipalSplitKey: 'FIXED_PERCENT' as const };
    expect(amounts(expectedContributions(kronor(4_000_000), fixed, settings))).toEqual({
      fk: '4000000',
      r: '2000000',
      a: '1200000',
      b: '800000',
    });
    const broken = fixed.map((m) => (m.id === 'b' ? { ...m, splitPercent: kronor(30) } : m));
    expect(expectedContributions(kronor(4_000_000), broken, settings).problems).toEqual([
      { kind: 'PERCENT_SUM', sum: kronor(90) },
    ]);
  });
});

describe('checkFundingSplit', () => {
  const line = (
    memberId: string | null,
    values: Record<number, number>,
    name = memberId ?? 'Okänd',
  ): ContributionLine => ({
    name,
    type: 'INCOME',
    category: 'MEMBER_CONTRIBUTION',
    outsideTotal: false,
    memberId,
    amounts: new Map(Object.entries(values).map(([year, value]) => [Number(year), kronor(value)])),
  });
  const settings = { regionHoldsMunicipalRole: false, municipalSplitKey: 'POPULATION' as const };
  const sjobygdenLines = [
    line('fk', { 2026: 3_000_000 }),
    line('region', { 2026: 1_500_000 }),
    line('sjostad', { 2026: 600_000 }),
    line('ekdala', { 2026: 375_000 }),
    line('granlunda', { 2026: 300_000 }),
    line('bjorkviken', { 2026: 225_000 }),
  ];

  it('holds for Sjöbygden’s and Gotland’s budgets', () => {
    expect(checkFundingSplit(sjobygdenLines, sjobygden, settings, [2026]).years[0]!.holds).toBe(true);
    const gotlandLines = [line('fk', { 2026: 2_100_000 }), line('region', { 2026: 2_100_000 })];
    const check = checkFundingSplit(
      gotlandLines,
      gotland,
      { regionHoldsMunicipalRole: true, municipalSplitKey: 'EQUAL' },
      [2026],
    );
    expect(check.years[0]!.holds).toBe(true);
    expect(check.years[0]!.members.map((m) => m.memberId)).toEqual(['fk', 'region']);
  });

  it('finds a broken split with the amounts', () => {
    const broken = sjobygdenLines.map((l) => (l.memberId === 'ekdala' ? line('ekdala', { 2026: 400_000 }) : l));
    const year = checkFundingSplit(broken, sjobygden, settings, [2026]).years[0]!;
    expect(year.holds).toBe(false);
    const ekdala = year.members.find((m) => m.memberId === 'ekdala')!;
    expect([ekdala.expected!.toString(), ekdala.actual.toString(), ekdala.holds]).toEqual(['375000', '400000', false]);
  });

  it('counts a missing municipal line as zero, and an unlinked contribution as breaking the split', () => {
    const year = checkFundingSplit(sjobygdenLines.slice(0, 5), sjobygden, settings, [2026]).years[0]!;
    expect(year.members.find((m) => m.memberId === 'bjorkviken')!.actual.toString()).toBe('0');
    expect(year.holds).toBe(false);
    const unlinked = checkFundingSplit(
      [...sjobygdenLines, line(null, { 2026: 10 }, 'Extra')],
      sjobygden,
      settings,
      [2026],
    ).years[0]!;
    expect(unlinked.unlinked).toEqual([{ name: 'Extra', amount: kronor(10) }]);
    expect(unlinked.holds).toBe(false);
  });
});
