import { describe, expect, it } from 'vitest';
import { adjustBy } from './adjust-by';

describe('adjustBy', () => {
  it('is fourteen days after the meeting day', () => {
    expect(adjustBy(new Date('2026-02-06T12:00:00Z'))).toEqual({ year: 2026, month: 2, day: 20 });
  });

  it('counts from the Swedish calendar day (a meeting late on 31 December UTC is on 1 January in Sweden)', () => {
    expect(adjustBy(new Date('2026-12-31T23:30:00Z'))).toEqual({ year: 2027, month: 1, day: 15 });
  });

  it('crosses month ends', () => {
    expect(adjustBy(new Date('2026-01-25T09:00:00Z'))).toEqual({ year: 2026, month: 2, day: 8 });
  });
});
