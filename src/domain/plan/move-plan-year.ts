import { columnKind } from '../budget/sheet-columns';
import type { BudgetCategory } from '../budget/types';

/** One stored amount of a budget line (outcome is never carried over). */
export interface PlanAmount {
  year: number;
  kind: 'BUDGET' | 'PROGNOSIS';
  /** Decimal string. */
  amount: string;
}

export interface MoveAmountsInput {
  category: BudgetCategory;
  amounts: readonly PlanAmount[];
  sourceYear: number;
  targetYear: number;
  /** The association's prognosis years (columns after the plan year). */
  prognosisYears: number;
}

/** The amount a plan holds for a year: the cell of that year's column kind, else any cell of that year. */
function amountFor(amounts: readonly PlanAmount[], planYear: number, year: number): string | null {
  const kind = columnKind(planYear, year);
  return (
    (amounts.find((a) => a.year === year && a.kind === kind) ?? amounts.find((a) => a.year === year))?.amount ?? null
  );
}

/**
 * A line's amounts in a plan for `targetYear`, from the plan of `sourceYear`: every year keeps the
 * amount the source said for it, now with the new plan's column kind — so the prognosis for the
 * new plan year becomes its budget, the current year (target − 1) keeps its budget, and years past
 * the source's last column repeat that column. The equity line carries only the current year's
 * entered equity (later years roll forward from it). The same year is a plain copy (a revision).
 */
export function moveAmountsToYear(input: MoveAmountsInput): PlanAmount[] {
  const { amounts, sourceYear, targetYear, prognosisYears } = input;
  if (targetYear === sourceYear) return amounts.map(({ year, kind, amount }) => ({ year, kind, amount }));
  if (targetYear < sourceYear) throw new RangeError('A plan is only moved forward in time.');

  const lastSourceColumn = sourceYear + prognosisYears;
  const firstColumn = targetYear - 1;
  const lastColumn = input.category === 'EQUITY' ? firstColumn : targetYear + prognosisYears;
  const result: PlanAmount[] = [];
  for (let year = firstColumn; year <= lastColumn; year++) {
    const amount = amountFor(amounts, sourceYear, Math.min(year, Math.max(lastSourceColumn, sourceYear)));
    if (amount !== null) result.push({ year, kind: columnKind(targetYear, year), amount });
  }
  return result;
}

/** The year an intervention ends in, from its end date (null = open-ended). */
export function endYearOf(endDate: Date | null | undefined): number | null {
  return endDate ? endDate.getUTCFullYear() : null;
}

/**
 * An intervention that ends has no money after its end year: those years' amounts are zero.
 * Cells for later years are set to 0 (and created within `columnYears` when missing), so the
 * budget shows "– kr" rather than a stale prognosis.
 */
export function zeroAfterEnd(
  amounts: readonly PlanAmount[],
  endYear: number | null,
  planYear: number,
  columnYears: readonly number[],
): PlanAmount[] {
  if (endYear === null) return [...amounts];
  const result = amounts.map((a) => (a.year > endYear ? { ...a, amount: '0' } : a));
  for (const year of columnYears) {
    if (year > endYear && !result.some((a) => a.year === year && a.kind === columnKind(planYear, year))) {
      result.push({ year, kind: columnKind(planYear, year), amount: '0' });
    }
  }
  return result.sort((a, b) => a.year - b.year || a.kind.localeCompare(b.kind));
}

/** Years after the intervention's end that still hold a non-zero amount (to flag and refuse). */
export function amountsAfterEnd(amounts: readonly PlanAmount[], endYear: number | null): number[] {
  if (endYear === null) return [];
  const years = amounts.filter((a) => a.year > endYear && Number(a.amount) !== 0).map((a) => a.year);
  return [...new Set(years)].sort((a, b) => a - b);
}

/** Which intervention lines go on into next year's plan: those of running or decided interventions. */
export function carriesOn(status: 'PROPOSED' | 'DECIDED' | 'RUNNING' | 'ENDED'): boolean {
  return status === 'RUNNING' || status === 'DECIDED';
}

/** Next year's plan title: the year in the title moved on, or the standard title. */
export function nextYearTitle(title: string, sourceYear: number, targetYear: number, standard: string): string {
  return title.includes(String(sourceYear)) ? title.split(String(sourceYear)).join(String(targetYear)) : standard;
}
