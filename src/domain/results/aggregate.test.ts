import { describe, expect, it } from 'vitest';
import { aggregateQuarter, aggregateYear, endedToWork, sumInterventions } from './aggregate';
import { statsRow } from './test-fixtures';

describe('aggregation', () => {
  it('makes a quarter from its months: flows add up, active = first month + later new', () => {
    const months = [
      statsRow({ periodKind: 'MONTH', period: 1, activeCount: 10, newCount: 3 }),
      statsRow({ periodKind: 'MONTH', period: 2, activeCount: 10, newCount: 3 }),
      statsRow({ periodKind: 'MONTH', period: 3, activeCount: 10, newCount: 3 }),
      statsRow({ periodKind: 'MONTH', period: 4 }),
    ];
    const q1 = aggregateQuarter(months, 2026, 1)!;
    expect(q1.activeCount).toBe(16);
    expect(q1.newCount).toBe(9);
    expect(q1.endedCount).toBe(6);
    expect(q1.endedWork).toBe(3);
    expect(q1.women).toBeNull();
    expect(q1.sources).toEqual(['MONTH 1', 'MONTH 2', 'MONTH 3']);
  });

  it('prefers a stored quarter over its months, and a stored year over everything', () => {
    const rows = [
      statsRow({ period: 1, activeCount: 10 }),
      statsRow({ periodKind: 'MONTH', period: 1, activeCount: 99 }),
    ];
    expect(aggregateQuarter(rows, 2026, 1)!.activeCount).toBe(10);
    const withYear = [
      ...rows,
      statsRow({ periodKind: 'YEAR', period: 1, activeCount: 42, women: 20, men: 22, ageBandCounts: [0, 0, 0] }),
    ];
    expect(aggregateYear(withYear, 2026)!.activeCount).toBe(42);
    expect(aggregateYear(withYear, 2026)!.women).toBe(20);
  });

  it('makes a year from quarters, months filling a quarter that is not stored', () => {
    const rows = [
      statsRow({ period: 1 }),
      statsRow({ period: 2 }),
      statsRow({ periodKind: 'MONTH', period: 7 }),
      statsRow({ periodKind: 'MONTH', period: 8 }),
    ];
    const year = aggregateYear(rows, 2026)!;
    expect(year.activeCount).toBe(10 + 3 + 3 + 3);
    expect(year.endedCount).toBe(8);
    expect(year.sources).toEqual(['QUARTER 1', 'QUARTER 2', 'MONTH 7', 'MONTH 8']);
    expect(aggregateYear(rows, 2025)).toBeNull();
  });

  it('adds interventions up and counts wage subsidy as work', () => {
    const a = aggregateYear([statsRow({ endedWork: 1, endedStudies: 0, endedWageSubsidy: 1 })], 2026)!;
    const b = aggregateYear([statsRow()], 2026)!;
    const both = sumInterventions([a, b])!;
    expect(both.activeCount).toBe(20);
    expect(both.newCount).toBe(6);
    expect(endedToWork(both)).toBe(3);
  });
});
