import type { BudgetColumn } from './budget-sheet';

/** The kind of amount a year holds in a plan: budget up to the plan year, prognosis after. */
export function columnKind(planYear: number, year: number): 'BUDGET' | 'PROGNOSIS' {
  return year <= planYear ? 'BUDGET' : 'PROGNOSIS';
}

/**
 * The editor's columns: the current year (plan year − 1) and the plan year as budgets, the
 * association's prognosis years after them, and any other year the plan already holds amounts for.
 */
export function sheetColumns(planYear: number, storedYears: Iterable<number>, prognosisYears: number): BudgetColumn[] {
  const years = new Set(storedYears);
  for (let year = planYear - 1; year <= planYear + prognosisYears; year++) years.add(year);
  return [...years].sort((a, b) => a - b).map((year) => ({ year, kind: columnKind(planYear, year) }));
}

const EDITABLE_STATUSES = ['DRAFT', 'IN_PREPARATION', 'IN_CONSULTATION'];

/** A plan's budget may change while it is drafted, prepared or consulted on, and not once locked. */
export function isPlanBudgetEditable(plan: { status: string; lockedAt: Date | null }): boolean {
  return EDITABLE_STATUSES.includes(plan.status) && plan.lockedAt === null;
}

export interface PlanVersionRef {
  year: number;
  versionNumber: number;
  status: string;
}

/**
 * Which plan version the budget editor opens. A year asked for: that year's highest version (or the
 * version asked for), null when there is none. Otherwise the newest plan still being worked on
 * (its latest version not adopted or revised), else the current year's, else the latest.
 */
export function chooseSheetPlan<T extends PlanVersionRef>(
  plans: readonly T[],
  currentYear: number,
  request: { year?: number; versionNumber?: number },
): T | null {
  const latestOf = (year: number) =>
    plans
      .filter((p) => p.year === year)
      .reduce<T | null>((best, p) => (!best || p.versionNumber > best.versionNumber ? p : best), null);
  const pick = (year: number) =>
    request.versionNumber === undefined
      ? latestOf(year)
      : (plans.find((p) => p.year === year && p.versionNumber === request.versionNumber) ?? null);
  if (request.year !== undefined) return pick(request.year);
  const years = [...new Set(plans.map((p) => p.year))].sort((a, b) => b - a);
  if (years.length === 0) return null;
  const inWork = years.find((year) => !['ADOPTED', 'REVISED'].includes(latestOf(year)!.status));
  const year = inWork ?? (years.includes(currentYear) ? currentYear : years[0]!);
  return pick(year);
}
