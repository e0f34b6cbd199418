import Decimal from 'decimal.js';
import { endedToWork, type AggregateStats } from './aggregate';
import type { GoalMeasure, GoalOutcome, GoalTargetKind } from './types';

/** Fewer answers (or ended, or active participants) than this and a share says too little to judge. */
export const MIN_BASE = 5;

export interface IndicatorTotal {
  answers: number;
  agreeing: number;
}

export interface GoalData {
  /** The year's statistics of the goal's interventions together; null when none are stored. */
  stats: AggregateStats | null;
  /** The year's answers to the goal's indicator question over its interventions; null when none. */
  indicator: IndicatorTotal | null;
}

export interface MeasuredValue {
  /** Percent with two decimals for shares, a count for PARTICIPANT_COUNT. */
  value: Decimal;
  /** What the share is of (answers, ended, active). */
  base: number;
}

function share(part: number, whole: number): MeasuredValue | null {
  if (whole <= 0) return null;
  return { value: new Decimal(part).mul(100).div(whole).toDecimalPlaces(2, Decimal.ROUND_HALF_UP), base: whole };
}

/** The goal's value from the data, or null when there is none. */
export function measuredValue(measure: GoalMeasure, data: GoalData): MeasuredValue | null {
  const { stats, indicator } = data;
  switch (measure) {
    case 'INDICATOR_SHARE':
      return indicator ? share(indicator.agreeing, indicator.answers) : null;
    case 'ENDED_TO_WORK_SHARE':
      return stats ? share(endedToWork(stats), stats.endedCount) : null;
    case 'ENDED_TO_WORK_OR_STUDIES_SHARE':
      return stats ? share(endedToWork(stats) + stats.endedStudies, stats.endedCount) : null;
    case 'STEP_MOVEMENT_SHARE':
      return stats ? share(stats.stepMovement, stats.activeCount) : null;
    case 'PARTICIPANT_COUNT':
      return stats ? { value: new Decimal(stats.activeCount), base: stats.activeCount } : null;
  }
}

export interface GoalEvaluationResult {
  outcome: GoalOutcome;
  value: Decimal | null;
  base: number | null;
  /** Why the data cannot decide (for NOT_MEASURABLE_YET). */
  reason: 'NO_MEASURE' | 'NO_DATA' | 'TOO_FEW' | null;
}

/**
 * A measurable goal against its data: value ≥ target is met (percent and count alike), below is
 * not met. No measure or target, no data, or a share of fewer than MIN_BASE: not measurable yet.
 */
export function evaluateGoal(
  goal: { targetKind: GoalTargetKind | null; targetValue: Decimal | null; measure: GoalMeasure | null },
  data: GoalData,
): GoalEvaluationResult {
  if (!goal.measure || !goal.targetKind || goal.targetKind === 'YES_NO' || goal.targetValue === null)
    return { outcome: 'NOT_MEASURABLE_YET', value: null, base: null, reason: 'NO_MEASURE' };
  const measured = measuredValue(goal.measure, data);
  if (!measured) return { outcome: 'NOT_MEASURABLE_YET', value: null, base: null, reason: 'NO_DATA' };
  if (goal.measure !== 'PARTICIPANT_COUNT' && measured.base < MIN_BASE)
    return { outcome: 'NOT_MEASURABLE_YET', value: measured.value, base: measured.base, reason: 'TOO_FEW' };
  const met = measured.value.greaterThanOrEqualTo(goal.targetValue);
  return { outcome: met ? 'MET' : 'NOT_MET', value: measured.value, base: measured.base, reason: null };
}

/** Whether the data decides the outcome, so that a manual outcome may not replace it. */
export function dataDecides(result: GoalEvaluationResult): boolean {
  return result.outcome !== 'NOT_MEASURABLE_YET';
}
