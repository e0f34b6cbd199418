import 'server-only';
import { analyzeBudget, type BudgetAnalysis } from '@/domain/budget/analyze-budget';
import { loadSheetLines, planColumns } from '@/server/budget/sheet-lines';
import { loadRulesSettings } from '@/server/budget/load-rules-settings';
import type { Db } from '@/server/kernel/deps';

/** The budget rules over one plan version, loaded as the budget page loads its sheet. */
export async function loadPlanBudgetAnalysis(
  db: Db,
  plan: { id: string; year: number; associationId: string },
): Promise<BudgetAnalysis> {
  // The columns and the lines load side by side; the lines wait for the columns only to be shaped.
  const columnsLoaded = planColumns(db, plan);
  const [columns, rules, lines] = await Promise.all([
    columnsLoaded,
    loadRulesSettings(db, plan.associationId, plan.year),
    loadSheetLines(db, plan, columnsLoaded),
  ]);
  return analyzeBudget({ columns, lines, members: rules.members, settings: rules.settings });
}

/** The error messages that block sending the plan on (empty when none). */
export async function loadBlockingBudgetErrors(
  db: Db,
  plan: { id: string; year: number; associationId: string },
): Promise<string[]> {
  const analysis = await loadPlanBudgetAnalysis(db, plan);
  return analysis.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.message);
}
