import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { deviationPercent, equityRows, isSignificantDeviation } from './deviations';

const d = (value: string | number) => new Decimal(value);

describe('isSignificantDeviation', () => {
  it('flags an unfavourable deviation of at least 10 % of the budget', () => {
    // Ung Vux Gotland 2026 in the seed: budget 850 000, deviation +29 877,52 (costs above budget) = 3.5 %: not significant.
    expect(isSignificantDeviation({ budget: d(850000), deviation: d('29877.52'), favourable: false })).toBe(false);
    expect(isSignificantDeviation({ budget: d(850000), deviation: d(85000), favourable: false })).toBe(true);
  });

  it('leaves out favourable deviations and none at all', () => {
    expect(isSignificantDeviation({ budget: d(100), deviation: d(-50), favourable: true })).toBe(false);
    expect(isSignificantDeviation({ budget: d(100), deviation: d(0), favourable: null })).toBe(false);
  });

  it('flags any unfavourable deviation on a zero budget', () => {
    expect(isSignificantDeviation({ budget: d(0), deviation: d(1), favourable: false })).toBe(true);
  });
});

describe('deviationPercent', () => {
  it('is the deviation over the budget, to one decimal', () => {
    expect(deviationPercent({ budget: d(850000), deviation: d('29877.52') })!.toFixed(1)).toBe('3.5');
    expect(deviationPercent({ budget: d(0), deviation: d(5) })).toBeNull();
  });
});

describe('equityRows', () => {
  it('says which years are over the cap or below the floor, with the room and margin', () => {
    const rows = equityRows([
      {
        year: 2026,
        cap: d(1000000),
        floor: d(650000),
        openingEquity: d(1200000),
        closingEquity: d(700000),
        overCap: true,
        belowFloor: false,
      },
      {
        year: 2027,
        cap: d(1000000),
        floor: d(650000),
        openingEquity: d(700000),
        closingEquity: d(600000),
        overCap: false,
        belowFloor: true,
      },
      {
        year: 2028,
        cap: d(1000000),
        floor: d(650000),
        openingEquity: d(600000),
        closingEquity: d(660000),
        overCap: false,
        belowFloor: false,
      },
    ]);
    expect(rows.map((row) => row.status)).toEqual([['OVER_CAP'], ['BELOW_FLOOR'], ['WITHIN']]);
    expect(rows[0]!.roomUnderCap.toFixed()).toBe('-200000');
    expect(rows[1]!.marginOverFloor.toFixed()).toBe('-50000');
  });
});
