import 'server-only';
import type { BudgetAnalysis } from '@/domain/budget/analyze-budget';
import { loadPlanBudgetAnalysis } from './load-plan-budget-analysis';
import type { Db } from '@/server/kernel/deps';

/** Every budget rule over one plan's budget as stored (the same analysis the budget editor shows), by the plan's id. */
export async function analyzePlanBudget(db: Db, planId: string): Promise<BudgetAnalysis> {
  const plan = await db.plan.findUniqueOrThrow({
    where: { id: planId },
    select: { id: true, year: true, associationId: true },
  });
  return loadPlanBudgetAnalysis(db, plan);
}
