// Page reader: checks no permission itself. It relies on loadPlanPage's requireAssociationAccess(slug,
// 'plan.read') (the plan pages, mal, plan/malgrupper).
import 'server-only';
import { isPlanBudgetEditable } from '@/domain/budget/sheet-columns';
import { financialGoalStatus, type FinancialGoalStatus } from '@/domain/plan/financial-goal-status';
import type { PrismaClient } from '@/generated/prisma/client';
import { prisma } from '@/server/db/client';
import { analyzePlanBudget } from '../plan-budget-analysis';
import { GOAL_STATEMENT_SELECT } from '@/server/plan-version/plan-selects';

/**
 * One plan version's content for the plan pages: sections, focus areas, target groups, goals with
 * their links (and, for financial goals the rules can check, their status from the budget),
 * whether it may still change, and what the association has to link to.
 */
export async function getPlanContent(associationId: string, planId: string, db: PrismaClient = prisma) {
  const plan = await db.plan.findFirstOrThrow({
    where: { id: planId, associationId },
    select: {
      id: true,
      year: true,
      versionNumber: true,
      status: true,
      title: true,
      lockedAt: true,
      version: true,
      previousVersionId: true,
      sections: {
        orderBy: [{ order: 'asc' }, { id: 'asc' }],
        select: { id: true, order: true, level: true, title: true, bodyMarkdown: true, version: true },
      },
      focusAreas: {
        orderBy: [{ order: 'asc' }, { id: 'asc' }],
        select: { id: true, order: true, title: true, description: true, version: true },
      },
      targetGroups: {
        orderBy: [{ priority: 'asc' }, { name: 'asc' }],
        select: {
          id: true,
          name: true,
          description: true,
          ageMin: true,
          ageMax: true,
          priority: true,
          rationale: true,
          version: true,
          interventions: { select: { id: true, name: true } },
        },
      },
      goals: {
        orderBy: [{ level: 'asc' }, { order: 'asc' }],
        select: {
          ...GOAL_STATEMENT_SELECT,
          measure: true,
          financialCheck: true,
          version: true,
          targetGroups: { select: { id: true, name: true } },
          interventions: { select: { id: true, name: true } },
        },
      },
    },
  });
  const [nextYear, interventions] = await Promise.all([
    db.plan.count({ where: { associationId, year: plan.year + 1 } }),
    db.intervention.findMany({
      where: { associationId },
      orderBy: { name: 'asc' },
      select: { id: true, name: true, status: true },
    }),
  ]);
  const checks = plan.goals.filter((g) => g.financialCheck !== null);
  const statuses = new Map<string, FinancialGoalStatus | null>();
  if (checks.length > 0) {
    const analysis = await analyzePlanBudget(db, plan.id);
    for (const goal of checks)
      statuses.set(goal.id, financialGoalStatus(goal.financialCheck!, plan.year, analysis.totals, analysis.equity));
  }
  return {
    ...plan,
    editable: isPlanBudgetEditable(plan),
    nextYearExists: nextYear > 0,
    interventions,
    goals: plan.goals.map((goal) => ({
      ...goal,
      targetValue: goal.targetValue?.toString() ?? null,
      financialStatus: statuses.get(goal.id) ?? null,
    })),
  };
}

export type PlanContent = Awaited<ReturnType<typeof getPlanContent>>;
