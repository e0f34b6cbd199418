import 'server-only';
import { z } from 'zod';
import type Decimal from 'decimal.js';
import { analyzeBudget } from '@/domain/budget/analyze-budget';
import type { CostDistributionYear } from '@/domain/budget/cost-distribution';
import type { FollowUp } from '@/domain/budget/follow-up';
import { calendarDateIn } from '@/domain/calendar/local-date';
import type { Kronor } from '@/domain/money/kronor';
import type { AggregateStats } from '@/domain/results/aggregate';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { getBudgetSheet } from '@/server/budget/page-readers/get-budget-sheet';
import { getFollowUp } from '@/server/budget/page-readers/get-follow-up';
import { prisma } from '@/server/db/client';
import { year as yearSchema } from './results-input';
import { loadGoalOutcomes, type GoalOutcomeRow } from './goal-outcomes';
import { getResults } from './page-readers/get-results';
import { narrativeOf, type Narrative } from './save-annual-report-narrative';
import { id } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';

export interface AnnualReportData {
  association: { id: string; name: string; slug: string };
  year: number;
  /** The year has not ended: figures are preliminary. */
  preliminary: boolean;
  plan: {
    title: string;
    versionNumber: number;
    status: string;
    adoptedAt: Date | null;
    focusAreas: string[];
    interventionCount: number;
  } | null;
  interventions: {
    name: string;
    stats: AggregateStats | null;
    toWork: number;
    workShare: string | null;
    effect: Decimal;
  }[];
  participants: { active: number; newCount: number; ended: number; toWork: number };
  indicators: { question: string; answers: number; agreeing: number; share: string | null }[];
  goals: GoalOutcomeRow[];
  socio: { toWork: number; monthly: Kronor; months: number; effect: Kronor };
  economy: {
    followUp: FollowUp;
    throughMonth: number;
    closingEquity: Kronor | null;
    floor: Kronor | null;
    cap: Kronor | null;
    costDistribution: CostDistributionYear | null;
  } | null;
  narrative: Narrative;
  report: { id: string; version: number } | null;
}

const annualReportInput = z.object({ associationId: id, year: yearSchema });

/**
 * The verksamhetsberättelse for a year, built from what is stored: the adopted plan, the
 * results (reusing getResults and the goal outcomes), and the budget follow-up (getFollowUp and
 * the budget rules, not recomputed here). A year that has not ended is preliminary.
 */
export async function buildAnnualReport(
  input: { associationId: string; year: number },
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<AnnualReportData> {
  const db = deps.db ?? prisma;
  const now = deps.now ?? new Date();
  const { associationId, year } = annualReportInput.parse(input);
  const roles = await assertPermission(actor.personId, associationId, 'reports.read', { db, now });
  const [association, goalOutcomes, results, report, followUpView, sheet] = await Promise.all([
    db.association.findUniqueOrThrow({ where: { id: associationId }, select: { id: true, name: true, slug: true } }),
    loadGoalOutcomes(db, associationId, year),
    getResults(associationId, { year }, db),
    db.annualReport.findUnique({
      where: { associationId_year: { associationId, year } },
      select: { id: true, version: true, narrative: true },
    }),
    getFollowUp(associationId, { year, now, db }),
    getBudgetSheet(associationId, { year, roles }, { db, now }),
  ]);
  const plan = goalOutcomes.plan;
  const planDetails = plan
    ? await db.plan.findUniqueOrThrow({
        where: { id: plan.id },
        select: {
          focusAreas: { orderBy: { order: 'asc' }, select: { title: true } },
          budgetLines: { where: { interventionId: { not: null } }, select: { interventionId: true } },
        },
      })
    : null;

  const questions = new Map<string, { answers: number; agreeing: number }>();
  const allIndicators = await db.indicatorResult.findMany({
    where: { year, intervention: { associationId } },
    select: { question: true, answers: true, agreeing: true },
  });
  for (const row of allIndicators) {
    const total = questions.get(row.question) ?? { answers: 0, agreeing: 0 };
    questions.set(row.question, { answers: total.answers + row.answers, agreeing: total.agreeing + row.agreeing });
  }

  let economy: AnnualReportData['economy'] = null;
  if (followUpView.followUp && followUpView.plan?.year === year) {
    const analysis = sheet ? analyzeBudget(sheet) : null;
    const equity = analysis?.equity.find((e) => e.year === year) ?? null;
    economy = {
      followUp: followUpView.followUp,
      throughMonth: followUpView.throughMonth,
      closingEquity: equity ? equity.openingEquity.plus(followUpView.followUp.result.forecast) : null,
      floor: equity?.floor ?? null,
      // The cap is on the equity carried into next year, i.e. this year's closing equity.
      cap: equity?.cap ?? null,
      costDistribution: analysis?.costDistribution.find((c) => c.year === year) ?? null,
    };
  }

  const withStats = results.perIntervention.filter((i) => i.stats);
  const today = calendarDateIn(now);
  return {
    association,
    year,
    preliminary: year >= today.year,
    plan: plan
      ? {
          title: plan.title,
          versionNumber: plan.versionNumber,
          status: plan.status,
          adoptedAt: plan.adoptionDecision?.decidedAt ?? plan.adoptedAt,
          focusAreas: planDetails!.focusAreas.map((f) => f.title),
          interventionCount: new Set(planDetails!.budgetLines.map((l) => l.interventionId)).size,
        }
      : null,
    interventions: results.perIntervention.map(({ name, stats, toWork, workShare, effect }) => ({
      name,
      stats,
      toWork,
      workShare,
      effect,
    })),
    participants: {
      active: withStats.reduce((s, i) => s + i.stats!.activeCount, 0),
      newCount: withStats.reduce((s, i) => s + i.stats!.newCount, 0),
      ended: withStats.reduce((s, i) => s + i.stats!.endedCount, 0),
      toWork: results.totalToWork,
    },
    indicators: [...questions].map(([question, t]) => ({
      question,
      ...t,
      share: t.answers > 0 ? ((t.agreeing * 100) / t.answers).toFixed(0) : null,
    })),
    goals: goalOutcomes.goals,
    socio: {
      toWork: results.totalToWork,
      monthly: results.settings.monthly,
      months: results.settings.months,
      effect: results.totalEffect,
    },
    economy,
    narrative: narrativeOf(report?.narrative),
    report: report ? { id: report.id, version: report.version } : null,
  };
}
