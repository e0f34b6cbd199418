import { describe, expect, it } from 'vitest';
import { kronor } from '../money/kronor';
import { equityCap, equityLimits } from './equity-limits';
import { GOTLAND_YEARS, gotlandLines } from './finsamgotland-fixture';
import { yearTotals } from './year-totals';

const gotlandTiers = [{ upTo: kronor(7_000_000), percent: kronor(20) }];

describe('equityCap', () => {
  it('is 20 % of FinsamGotland’s 2026 contributions: 840 000 kr', () => {
    expect(equityCap(kronor(4_200_000), gotlandTiers).toString()).toBe('840000');
  });

  it('adds nothing above the last bounded tier, and steps tier by tier', () => {
    expect(equityCap(kronor(9_000_000), gotlandTiers).toString()).toBe('1400000');
    const stepped = [
      { upTo: kronor(7_000_000), percent: kronor(20) },
      { upTo: kronor(10_000_000), percent: kronor(15) },
      { upTo: null, percent: kronor(10) },
    ];
    expect(equityCap(kronor(12_000_000), stepped).toString()).toBe(String(1_400_000 + 450_000 + 200_000));
    expect(equityCap(kronor(8_000_000), stepped).toString()).toBe(String(1_400_000 + 150_000));
    expect(equityCap(kronor(0), stepped).toString()).toBe('0');
  });
});

describe('equityLimits with FinsamGotland 2026', () => {
  const years = equityLimits(yearTotals(gotlandLines(), GOTLAND_YEARS), gotlandTiers, kronor(650_000));
  const year = (y: number) => years.find((e) => e.year === y)!;

  it('compares the cap with the opening equity: 840 000 kr against 2 714 095 kr in 2026', () => {
    expect([year(2026).cap.toString(), year(2026).openingEquity.toString(), year(2026).overCap]).toEqual([
      '840000',
      '2714095',
      true,
    ]);
  });

  it('compares the floor with the closing equity', () => {
    expect(year(2026).closingEquity.toString()).toBe('1532148');
    expect(years.some((e) => e.belowFloor)).toBe(false);
    const strict = equityLimits(yearTotals(gotlandLines(), GOTLAND_YEARS), gotlandTiers, kronor(1_000_000));
    expect(strict.filter((e) => e.belowFloor).map((e) => e.year)).toEqual([2028, 2029]);
  });
});
