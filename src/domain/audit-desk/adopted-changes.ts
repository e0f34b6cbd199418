/**
 * Changes made to adopted documents. An adopted plan is locked: after its adoption nothing in it
 * may change except through a revision (a new version). What still legitimately happens to an
 * adopted plan is listed here: outcome and follow-up are recorded against its lines, a revision is
 * started from it or adopted over it, comments are answered. Everything else touching the plan
 * or its parts after `adoptedAt` is reported (there should be none).
 */
export const ALLOWED_AFTER_ADOPTION_PREFIXES = ['budgetOutcome.', 'followUp', 'plan.comment', 'invoice.'] as const;
export const ALLOWED_AFTER_ADOPTION = new Set([
  'plan.revisionStarted',
  'plan.revisionAdopted',
  'plan.adopted',
  'plan.adoptedByDecision',
  'plan.revised',
  'plan.copiedToYear',
  'plan.exported',
]);

export function isAllowedAfterAdoption(action: string): boolean {
  return (
    ALLOWED_AFTER_ADOPTION.has(action) || ALLOWED_AFTER_ADOPTION_PREFIXES.some((prefix) => action.startsWith(prefix))
  );
}

export interface AdoptedPlanRef {
  id: string;
  adoptedAt: Date;
}

export interface PlanAuditEntry {
  id: string;
  at: Date;
  action: string;
  /** The plan the entry concerns (the plan itself or one of its parts); null when it concerns none. */
  planId: string | null;
}

/** The audit entries that changed an adopted plan after its adoption, oldest first. */
export function changesAfterAdoption<E extends PlanAuditEntry>(
  plans: readonly AdoptedPlanRef[],
  entries: readonly E[],
): E[] {
  const adoptedAt = new Map(plans.map((plan) => [plan.id, plan.adoptedAt.getTime()]));
  return entries
    .filter((entry) => {
      if (entry.planId === null) return false;
      const adopted = adoptedAt.get(entry.planId);
      return adopted !== undefined && entry.at.getTime() > adopted && !isAllowedAfterAdoption(entry.action);
    })
    .sort((a, b) => a.at.getTime() - b.at.getTime());
}
