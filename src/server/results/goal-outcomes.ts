import 'server-only';
import Decimal from 'decimal.js';
import { aggregateYear, sumInterventions, type AggregateStats } from '@/domain/results/aggregate';
import { evaluateGoal, type GoalData, type GoalEvaluationResult } from '@/domain/results/goal-evaluation';
import type { GoalMeasure, GoalOutcome, GoalTargetKind } from '@/domain/results/types';
import type { GoalLevel } from '@/generated/prisma/enums';
import type { Prisma } from '@/generated/prisma/client';
import { STATS_SELECT } from './results-input';
import type { Db } from '@/server/kernel/deps';
import { PLAN_HEADING_SELECT } from '@/server/plan-version/plan-selects';

export interface GoalOutcomeRow {
  goalId: string;
  level: GoalLevel;
  text: string;
  targetKind: GoalTargetKind | null;
  targetValue: string | null;
  measure: GoalMeasure | null;
  indicator: string;
  /** What the data says. */
  computed: GoalEvaluationResult;
  /** What the report shows: the data's outcome when it decides, else the stored manual one. */
  outcome: GoalOutcome;
  manual: boolean;
  value: string | null;
  base: number | null;
  note: string;
  evaluation: { id: string; version: number; outcome: GoalOutcome } | null;
}

/** The plan whose goals count for a year: the adopted one (latest version), else the latest draft. */
export async function planForYear(db: Db, associationId: string, year: number) {
  const plans = await db.plan.findMany({
    where: { associationId, year },
    orderBy: { versionNumber: 'desc' },
    select: {
      ...PLAN_HEADING_SELECT,
    },
  });
  return plans.find((plan) => plan.status === 'ADOPTED') ?? plans[0] ?? null;
}

/** The year's statistics of an intervention set, added up; null when none has any. */
export function yearStatsOf(
  rows: readonly Prisma.ParticipantStatsGetPayload<{ select: typeof STATS_SELECT }>[],
  interventionIds: readonly string[],
  year: number,
): AggregateStats | null {
  const parts = interventionIds
    .map((id) =>
      aggregateYear(
        rows.filter((row) => row.interventionId === id),
        year,
      ),
    )
    .filter((part): part is AggregateStats => part !== null);
  return sumInterventions(parts);
}

/**
 * Every goal of the year's plan with its outcome: computed from the statistics and indicator
 * results of the goal's interventions (all the association's interventions when it names none),
 * or the stored manual judgement where the data cannot decide.
 */
export async function loadGoalOutcomes(
  db: Db,
  associationId: string,
  year: number,
): Promise<{ plan: Awaited<ReturnType<typeof planForYear>>; goals: GoalOutcomeRow[] }> {
  const plan = await planForYear(db, associationId, year);
  if (!plan) return { plan, goals: [] };
  const [goals, interventions, stats, indicators] = await Promise.all([
    db.goal.findMany({
      where: { planId: plan.id },
      orderBy: [{ level: 'asc' }, { order: 'asc' }],
      select: {
        id: true,
        level: true,
        text: true,
        targetKind: true,
        targetValue: true,
        measure: true,
        indicator: true,
        interventions: { select: { id: true } },
        evaluations: { where: { year }, select: { id: true, version: true, outcome: true, note: true } },
      },
    }),
    db.intervention.findMany({ where: { associationId }, select: { id: true } }),
    db.participantStats.findMany({ where: { year, intervention: { associationId } }, select: STATS_SELECT }),
    db.indicatorResult.findMany({
      where: { year, intervention: { associationId } },
      select: { interventionId: true, question: true, answers: true, agreeing: true },
    }),
  ]);
  const allIds = interventions.map((i) => i.id);
  return {
    plan,
    goals: goals.map((goal) => {
      const ids = goal.interventions.length > 0 ? goal.interventions.map((i) => i.id) : allIds;
      const answered = indicators.filter(
        (row) => ids.includes(row.interventionId) && goal.indicator !== '' && row.question === goal.indicator,
      );
      const data: GoalData = {
        stats: yearStatsOf(stats, ids, year),
        indicator:
          answered.length > 0
            ? {
                answers: answered.reduce((s, r) => s + r.answers, 0),
                agreeing: answered.reduce((s, r) => s + r.agreeing, 0),
              }
            : null,
      };
      const targetValue = goal.targetValue === null ? null : new Decimal(goal.targetValue.toString());
      const computed = evaluateGoal({ targetKind: goal.targetKind, targetValue, measure: goal.measure }, data);
      const stored = goal.evaluations[0] ?? null;
      const decided = computed.outcome !== 'NOT_MEASURABLE_YET';
      const outcome = decided ? computed.outcome : (stored?.outcome ?? 'NOT_MEASURABLE_YET');
      return {
        goalId: goal.id,
        level: goal.level,
        text: goal.text,
        targetKind: goal.targetKind,
        targetValue: targetValue?.toFixed() ?? null,
        measure: goal.measure,
        indicator: goal.indicator,
        computed,
        outcome,
        manual: !decided && stored !== null && stored.outcome !== 'NOT_MEASURABLE_YET',
        value: computed.value?.toFixed() ?? null,
        base: computed.base,
        note: stored?.note ?? '',
        evaluation: stored ? { id: stored.id, version: stored.version, outcome: stored.outcome } : null,
      };
    }),
  };
}
