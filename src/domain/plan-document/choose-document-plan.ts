import { choosePlanYear } from '../plan/choose-plan-year';

export interface DocumentPlanRef {
  id: string;
  year: number;
  versionNumber: number;
}

/**
 * Which plan version the document shows: the one asked for by id (`?plan=`) when the association
 * has it; otherwise the year asked for (`?ar=`), the current year's or the latest (choosePlanYear),
 * in its latest version. Null when there is no plan.
 */
export function chooseDocumentPlan<T extends DocumentPlanRef>(
  plans: readonly T[],
  currentYear: number,
  request: { planId?: string | null; year?: number | null },
): T | null {
  if (request.planId) {
    const asked = plans.find((plan) => plan.id === request.planId);
    if (asked) return asked;
  }
  const year = choosePlanYear([...new Set(plans.map((plan) => plan.year))], currentYear, request.year ?? null);
  if (year === null) return null;
  return plans
    .filter((plan) => plan.year === year)
    .reduce<T | null>((latest, plan) => (!latest || plan.versionNumber > latest.versionNumber ? plan : latest), null);
}
