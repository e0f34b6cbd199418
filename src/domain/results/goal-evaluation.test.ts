import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { aggregateYear } from './aggregate';
import { evaluateGoal, MIN_BASE } from './goal-evaluation';
import { statsRow } from './test-fixtures';

const percentGoal = (measure: Parameters<typeof evaluateGoal>[0]['measure'], target = '75') => ({
  targetKind: 'PERCENT' as const,
  targetValue: new Decimal(target),
  measure,
});

describe('evaluateGoal', () => {
  it('meets "75 % feel more ready" with 81 % of 42 answers', () => {
    const result = evaluateGoal(percentGoal('INDICATOR_SHARE'), {
      stats: null,
      indicator: { answers: 42, agreeing: 34 },
    });
    expect(result.outcome).toBe('MET');
    expect(result.value!.toString()).toBe('80.95');
    expect(result.base).toBe(42);
  });

  it('is met exactly at the target and not met just below', () => {
    expect(
      evaluateGoal(percentGoal('INDICATOR_SHARE'), { stats: null, indicator: { answers: 20, agreeing: 15 } }).outcome,
    ).toBe('MET');
    expect(
      evaluateGoal(percentGoal('INDICATOR_SHARE'), { stats: null, indicator: { answers: 20, agreeing: 14 } }).outcome,
    ).toBe('NOT_MET');
  });

  it(`is not measurable yet with fewer than ${MIN_BASE} answers, or none`, () => {
    expect(
      evaluateGoal(percentGoal('INDICATOR_SHARE'), { stats: null, indicator: { answers: 4, agreeing: 4 } }),
    ).toMatchObject({ outcome: 'NOT_MEASURABLE_YET', reason: 'TOO_FEW' });
    expect(
      evaluateGoal(percentGoal('INDICATOR_SHARE'), { stats: null, indicator: { answers: 5, agreeing: 4 } }).outcome,
    ).toBe('MET');
    expect(evaluateGoal(percentGoal('INDICATOR_SHARE'), { stats: null, indicator: null })).toMatchObject({
      outcome: 'NOT_MEASURABLE_YET',
      reason: 'NO_DATA',
    });
  });

  it('is not measurable without a measure, a target, or for a yes/no goal', () => {
    expect(evaluateGoal({ ...percentGoal(null) }, { stats: null, indicator: null }).reason).toBe('NO_MEASURE');
    expect(
      evaluateGoal(
        { targetKind: 'YES_NO', targetValue: null, measure: 'PARTICIPANT_COUNT' },
        { stats: null, indicator: null },
      ).reason,
    ).toBe('NO_MEASURE');
  });

  it('measures shares of ended and of active from the statistics', () => {
    const stats = aggregateYear(
      [
        statsRow({
          endedCount: 10,
          endedWork: 3,
          endedWageSubsidy: 1,
          endedStudies: 2,
          endedOther: 4,
          activeCount: 20,
          women: 10,
          men: 10,
          ageBandCounts: [0, 0, 0],
          stepMovement: 8,
        }),
      ],
      2026,
    )!;
    expect(evaluateGoal(percentGoal('ENDED_TO_WORK_SHARE', '40'), { stats, indicator: null })).toMatchObject({
      outcome: 'MET',
    });
    expect(evaluateGoal(percentGoal('ENDED_TO_WORK_OR_STUDIES_SHARE', '70'), { stats, indicator: null })).toMatchObject(
      { outcome: 'NOT_MET' },
    );
    expect(evaluateGoal(percentGoal('STEP_MOVEMENT_SHARE', '40'), { stats, indicator: null }).value!.toString()).toBe(
      '40',
    );
  });

  it('counts participants against a count target (≥ is met)', () => {
    const stats = aggregateYear([statsRow()], 2026)!;
    expect(
      evaluateGoal(
        { targetKind: 'COUNT', targetValue: new Decimal(10), measure: 'PARTICIPANT_COUNT' },
        { stats, indicator: null },
      ).outcome,
    ).toBe('MET');
    expect(
      evaluateGoal(
        { targetKind: 'COUNT', targetValue: new Decimal(11), measure: 'PARTICIPANT_COUNT' },
        { stats, indicator: null },
      ).outcome,
    ).toBe('NOT_MET');
  });
});
