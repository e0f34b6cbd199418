import { describe, expect, it } from 'vitest';
import { checkParticipantStats } from './stats-consistency';
import { statsRow } from './test-fixtures';

const LIMITS = [20, 30];
const fields = (row: Parameters<typeof checkParticipantStats>[0]) =>
  checkParticipantStats(row, LIMITS).map((p) => p.field);

describe('checkParticipantStats', () => {
  it('accepts a consistent period', () => {
    expect(checkParticipantStats(statsRow(), LIMITS)).toEqual([]);
  });

  it('refuses ended by reason that does not add up to ended', () => {
    const problems = checkParticipantStats(statsRow({ endedWork: 2 }), LIMITS);
    expect(problems).toEqual([{ field: 'endedCount', message: 'Avslutade per orsak blir 3, men avslutade är 2.' }]);
  });

  it('refuses women + men + other that is not active', () => {
    expect(fields(statsRow({ women: 7 }))).toEqual(['activeCount']);
  });

  it('refuses age bands that do not add up to active, but accepts them all 0', () => {
    expect(fields(statsRow({ ageBandCounts: [2, 3, 4] }))).toEqual(['ageBandCounts']);
    expect(fields(statsRow({ ageBandCounts: [0, 0, 0] }))).toEqual([]);
    expect(fields(statsRow({ ageBandCounts: [5, 5] }))).toEqual(['ageBandCounts']);
  });

  it('refuses negatives and fractions', () => {
    expect(fields(statsRow({ newCount: -1 }))).toEqual(['newCount']);
    expect(fields(statsRow({ men: 1.5 }))).toEqual(['men']);
  });

  it('refuses new, ended or step-movement above active', () => {
    expect(fields(statsRow({ newCount: 11 }))).toEqual(['newCount']);
  });

  it('refuses a period that does not exist for its kind', () => {
    expect(fields(statsRow({ periodKind: 'QUARTER', period: 5 }))).toEqual(['period']);
    expect(fields(statsRow({ periodKind: 'MONTH', period: 12 }))).toEqual([]);
    expect(fields(statsRow({ periodKind: 'MONTH', period: 13 }))).toEqual(['period']);
    expect(fields(statsRow({ periodKind: 'YEAR', period: 2 }))).toEqual(['period']);
  });
});
