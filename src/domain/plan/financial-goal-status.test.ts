import { describe, expect, it } from 'vitest';
import { equityLimits } from '../budget/equity-limits';
import { gotlandLines, GOTLAND_YEARS } from '../budget/finsamgotland-fixture';
import { yearTotals } from '../budget/year-totals';
import { kronor } from '../money/kronor';
import { financialGoalStatus } from './financial-goal-status';

describe('financial goals from FinsamGotland’s 2026 budget', () => {
  const totals = yearTotals(gotlandLines(), GOTLAND_YEARS);
  const equity = equityLimits(totals, [{ upTo: kronor(7000000), percent: kronor(20) }], kronor(650000));
  const status = (check: Parameters<typeof financialGoalStatus>[0]) =>
    financialGoalStatus(check, 2026, totals, equity)!;

  it('is within the budget frame: costs fit in what is available', () => {
    expect(status('WITHIN_BUDGET').met).toBe(true);
  });

  it('is over the equity cap: 2 714 095 kr brought in against a cap of 840 000 kr', () => {
    const s = status('EQUITY_AT_MOST_CAP');
    expect([s.met, s.figures.equity!.toString(), s.figures.cap!.toString()]).toEqual([false, '2714095', '840000']);
  });

  it('keeps the floor: 1 532 148 kr at the end of 2026', () => {
    const s = status('EQUITY_AT_LEAST_FLOOR');
    expect([s.met, s.figures.closingEquity!.toString()]).toEqual([true, '1532148']);
  });

  it('needs no loans while no year ends below zero', () => {
    expect(status('NO_LOANS').met).toBe(true);
    const broke = totals.map((t) => (t.year === 2028 ? { ...t, closingEquity: kronor(-1) } : t));
    expect(financialGoalStatus('NO_LOANS', 2026, broke, equity)).toMatchObject({ met: false, year: 2028 });
  });

  it('says nothing for a year the budget lacks', () => {
    expect(financialGoalStatus('WITHIN_BUDGET', 2031, totals, equity)).toBeNull();
  });
});
