import { describe, expect, it } from 'vitest';
import { dayRangeIn, startOfDayIn } from './day-range';

describe('days in Swedish time', () => {
  it('starts a winter day at 23:00 UTC the day before and a summer day at 22:00', () => {
    expect(startOfDayIn('2026-01-15').toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(startOfDayIn('2026-07-01').toISOString()).toBe('2026-06-30T22:00:00.000Z');
  });

  it('gives the day of a DST change its 23 hours', () => {
    const { start, end } = dayRangeIn('2026-03-29');
    expect(start.toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(end.toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });

  it('rolls over the end of a month', () => {
    expect(dayRangeIn('2026-11-30').end.toISOString()).toBe('2026-11-30T23:00:00.000Z');
  });
});
