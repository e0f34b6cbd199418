import { describe, expect, it } from 'vitest';
import { choosePlanYear, parseYearParam } from '@/domain/plan/choose-plan-year';

describe('choosePlanYear', () => {
  it('prefers a requested year that has a plan', () => {
    expect(choosePlanYear([2025, 2026, 2027], 2026, 2027)).toBe(2027);
  });
  it('falls back to the current year when the requested year has no plan', () => {
    expect(choosePlanYear([2025, 2026], 2026, 2030)).toBe(2026);
  });
  it('takes the latest plan when the current year has none', () => {
    expect(choosePlanYear([2024, 2025], 2026)).toBe(2025);
  });
  it('returns null without plans', () => {
    expect(choosePlanYear([], 2026)).toBeNull();
  });
});

describe('parseYearParam', () => {
  it('reads a four-digit year', () => {
    expect(parseYearParam('2027')).toBe(2027);
    expect(parseYearParam(['2028', '2029'])).toBe(2028);
  });
  it('ignores anything else', () => {
    expect(parseYearParam(undefined)).toBeNull();
    expect(parseYearParam('20x7')).toBeNull();
    expect(parseYearParam('')).toBeNull();
  });
});
