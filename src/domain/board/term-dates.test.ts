import { describe, expect, it } from 'vitest';
import { dayOf, parseDay, termActiveAt, termEndOf, termStartOf, termsOverlap } from './term-dates';

describe('term dates (Swedish days, last day inclusive)', () => {
  it('starts a term at Swedish midnight, winter and summer', () => {
    expect(termStartOf('2027-01-01').toISOString()).toBe('2026-12-31T23:00:00.000Z');
    expect(termStartOf('2027-07-01').toISOString()).toBe('2027-06-30T22:00:00.000Z');
  });

  it('ends a term at the last millisecond of its last Swedish day', () => {
    expect(termEndOf('2026-12-31').toISOString()).toBe('2026-12-31T22:59:59.999Z');
    expect(termEndOf('2027-06-30').toISOString()).toBe('2027-06-30T21:59:59.999Z');
    // The day the clocks go forward (2027-03-28) has 23 hours.
    expect(termEndOf('2027-03-28').getTime() - termStartOf('2027-03-28').getTime()).toBe(23 * 3600_000 - 1);
  });

  it('gives nothing from the day after the last day', () => {
    const term = { from: termStartOf('2026-01-01'), to: termEndOf('2026-12-31') };
    expect(termActiveAt(term, new Date('2026-12-31T21:30:00Z'))).toBe(true); // 22:30 on the last day
    expect(termActiveAt(term, new Date('2026-12-31T23:00:00Z'))).toBe(false); // midnight, next day
    expect(termActiveAt(term, new Date('2025-12-31T22:59:59Z'))).toBe(false);
  });

  it('reads the Swedish day of an instant', () => {
    expect(dayOf(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(dayOf(termEndOf('2026-12-31'))).toBe('2026-12-31');
  });

  it('parses only real days', () => {
    expect(parseDay('2027-02-29')).toBeNull();
    expect(parseDay('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseDay('31/12/2026')).toBeNull();
    expect(parseDay('')).toBeNull();
  });

  it('treats open ends as unbounded when checking overlap', () => {
    const a = { from: termStartOf('2026-01-01'), to: termEndOf('2026-12-31') };
    expect(termsOverlap(a, { from: termStartOf('2027-01-01'), to: null })).toBe(false);
    expect(termsOverlap(a, { from: termStartOf('2026-12-31'), to: null })).toBe(true);
    expect(termsOverlap({ from: null, to: null }, a)).toBe(true);
  });
});
