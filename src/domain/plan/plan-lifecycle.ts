/**
 * Creating and deleting whole plans (issue 15 part 5): a plan for any year, past ones included, so
 * an association can bring in its history; a draft deleted only when nothing refers to it.
 */

/** The earliest year a plan may be for: samordningsförbund exist since the Finsam act of 2004. */
export const FIRST_PLAN_YEAR = 2004;
/** How far ahead a plan may be started. */
export const PLAN_YEARS_AHEAD = 5;

export type NewPlanYearProblem = 'OUT_OF_RANGE' | 'EXISTS';

export function checkNewPlanYear(
  year: number,
  facts: { currentYear: number; existingYears: readonly number[] },
): NewPlanYearProblem | null {
  if (!Number.isInteger(year) || year < FIRST_PLAN_YEAR || year > facts.currentYear + PLAN_YEARS_AHEAD)
    return 'OUT_OF_RANGE';
  if (facts.existingYears.includes(year)) return 'EXISTS';
  return null;
}

/** What may hold on to a plan; any of them keeps it from being deleted. */
export interface PlanReferences {
  status: 'DRAFT' | 'IN_PREPARATION' | 'IN_CONSULTATION' | 'ON_AGENDA' | 'ADOPTED' | 'REVISED';
  /** A later version (revision) built on this one. */
  laterVersion: boolean;
  adoptionDecision: boolean;
  comments: number;
  matters: number;
  minutesParagraphs: number;
  considerations: number;
  /** Budget lines with outcome or invoices. */
  budgetOutcomes: number;
  invoices: number;
  /** Goals evaluated, or tied to interventions. */
  goalEvaluations: number;
  interventionLinks: number;
  /** An annual report for the plan's year, when this is that year's only plan. */
  annualReport: boolean;
}

export type PlanDeletionBlocker =
  | 'NOT_DRAFT'
  | 'LATER_VERSION'
  | 'ADOPTION_DECISION'
  | 'COMMENTS'
  | 'MATTERS'
  | 'MINUTES'
  | 'CONSIDERATIONS'
  | 'BUDGET_OUTCOMES'
  | 'INVOICES'
  | 'GOAL_EVALUATIONS'
  | 'INTERVENTIONS'
  | 'ANNUAL_REPORT';

/** Why a plan may not be deleted, in the order shown; empty when it may. */
export function planDeletionBlockers(refs: PlanReferences): PlanDeletionBlocker[] {
  const blockers: PlanDeletionBlocker[] = [];
  if (refs.status !== 'DRAFT') blockers.push('NOT_DRAFT');
  if (refs.laterVersion) blockers.push('LATER_VERSION');
  if (refs.adoptionDecision) blockers.push('ADOPTION_DECISION');
  if (refs.comments > 0) blockers.push('COMMENTS');
  if (refs.matters > 0) blockers.push('MATTERS');
  if (refs.minutesParagraphs > 0) blockers.push('MINUTES');
  if (refs.considerations > 0) blockers.push('CONSIDERATIONS');
  if (refs.budgetOutcomes > 0) blockers.push('BUDGET_OUTCOMES');
  if (refs.invoices > 0) blockers.push('INVOICES');
  if (refs.goalEvaluations > 0) blockers.push('GOAL_EVALUATIONS');
  if (refs.interventionLinks > 0) blockers.push('INTERVENTIONS');
  if (refs.annualReport) blockers.push('ANNUAL_REPORT');
  return blockers;
}
