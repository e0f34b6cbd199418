import { describe, expect, it } from 'vitest';
import { costDistribution } from './cost-distribution';
import { GOTLAND_YEARS, gotlandLines } from './finsamgotland-fixture';

describe('costDistribution with FinsamGotland 2026', () => {
  const year2026 = costDistribution(gotlandLines(), GOTLAND_YEARS).find((y) => y.year === 2026)!;

  it('leaves the reserve out of the costs shared', () => {
    // SUMMA KOSTNADER 5 382 447 − reserve 650 000.
    expect(year2026.total.toString()).toBe('4732447');
    expect(year2026.amounts.individual.toString()).toBe('2502447');
    expect(year2026.amounts.structural.toString()).toBe('305000');
    expect(year2026.amounts.administration.toString()).toBe('625000');
    expect(year2026.amounts.new.toString()).toBe('1300000');
  });

  it('gives exact percentages that sum to 100', () => {
    const p = year2026.percents!;
    expect(p.individual.toFixed(1)).toBe('52.9');
    expect(p.structural.toFixed(1)).toBe('6.4');
    expect(p.administration.toFixed(1)).toBe('13.2');
    expect(p.new.toFixed(1)).toBe('27.5');
    expect(p.individual.plus(p.structural).plus(p.administration).plus(p.new).toDecimalPlaces(10).toString()).toBe(
      '100',
    );
  });

  it('has no percentages without costs', () => {
    expect(costDistribution([], [2026])[0]!.percents).toBeNull();
  });
});
