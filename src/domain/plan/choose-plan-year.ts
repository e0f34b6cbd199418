/**
 * Which plan year to show: the requested year when a plan exists for it, otherwise the
 * current calendar year's plan, otherwise the latest. Null when there is no plan at all.
 */
export function choosePlanYear(
  availableYears: readonly number[],
  currentYear: number,
  requestedYear?: number | null,
): number | null {
  if (availableYears.length === 0) return null;
  if (requestedYear != null && availableYears.includes(requestedYear)) return requestedYear;
  if (availableYears.includes(currentYear)) return currentYear;
  return Math.max(...availableYears);
}

/** Reads `?ar=2027`; anything that is not a plausible year is ignored. */
export function parseYearParam(value: string | string[] | undefined): number | null {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text || !/^\d{4}$/.test(text)) return null;
  return Number(text);
}
