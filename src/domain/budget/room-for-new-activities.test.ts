import { describe, expect, it } from 'vitest';
import { GOTLAND_YEARS, gotlandLines } from './finsamgotland-fixture';
import { roomForNewActivities } from './room-for-new-activities';
import { yearTotals } from './year-totals';

describe('roomForNewActivities with FinsamGotland 2026', () => {
  const lines = gotlandLines();
  const room = roomForNewActivities(lines, yearTotals(lines, GOTLAND_YEARS));
  const year = (y: number) => room.find((r) => r.year === y)!;

  it('is TOTALT minus every cost but the new activities, the reserve covered', () => {
    // 6 914 595 − (5 382 447 − 1 300 000)
    expect(year(2026).room.toString()).toBe('2832148');
    expect(year(2026).budgeted.toString()).toBe('1300000');
    // What is left equals the closing equity: nothing but new activities would use it.
    expect(year(2026).unallocated.toString()).toBe('1532148');
  });
});
