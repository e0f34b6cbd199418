import { format, messages } from '@/i18n/catalog';
import { MIN_BASE, type GoalEvaluationResult } from './goal-evaluation';
import type { GoalMeasure, GoalTargetKind } from './types';

/** "80,95" → "81"; whole percent for reading, the exact value stays in the data. */
export function percentText(value: string): string {
  return String(Math.round(Number(value)));
}

export function targetText(goal: { targetKind: GoalTargetKind | null; targetValue: string | null }): string {
  if (!goal.targetKind || goal.targetKind === 'YES_NO' || goal.targetValue === null) return '–';
  return goal.targetKind === 'PERCENT' ? `${goal.targetValue.replace('.', ',')} %` : goal.targetValue;
}

/** The measured outcome in words, e.g. "81 % av 42 svar"; null when there is no value. */
export function measuredText(goal: {
  measure: GoalMeasure | null;
  value: string | null;
  base: number | null;
}): string | null {
  const t = messages().results.goals;
  if (!goal.measure || goal.value === null || goal.base === null) return null;
  if (goal.measure === 'PARTICIPANT_COUNT') return format(t.outcomeCount, { value: goal.value });
  const base =
    goal.measure === 'INDICATOR_SHARE'
      ? format(t.baseAnswers, { count: goal.base })
      : goal.measure === 'STEP_MOVEMENT_SHARE'
        ? format(t.baseActive, { count: goal.base })
        : format(t.baseEnded, { count: goal.base });
  return format(t.outcomeShare, { value: percentText(goal.value), base });
}

export function reasonText(computed: GoalEvaluationResult): string | null {
  const t = messages().results.goals.reason;
  if (!computed.reason) return null;
  return format(t[computed.reason], { min: MIN_BASE });
}

/** What the report says under a goal's outcome: the measured value, a manual judgement, or why it cannot be measured. */
export function outcomeDetail(goal: {
  measure: GoalMeasure | null;
  value: string | null;
  base: number | null;
  manual: boolean;
  computed: GoalEvaluationResult;
}): string {
  return measuredText(goal) ?? (goal.manual ? messages().results.goals.manualDetail : reasonText(goal.computed)) ?? '–';
}
