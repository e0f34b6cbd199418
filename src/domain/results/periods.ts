import type { PeriodKind } from './types';

/** The largest period number of a kind: 12 months, 4 quarters, 1 year. */
export function periodsIn(kind: PeriodKind): number {
  return kind === 'MONTH' ? 12 : kind === 'QUARTER' ? 4 : 1;
}

export function isValidPeriod(kind: PeriodKind, period: number): boolean {
  return Number.isInteger(period) && period >= 1 && period <= periodsIn(kind);
}

/** The quarter a month falls in. */
export function quarterOfMonth(month: number): number {
  return Math.ceil(month / 3);
}

/** Labels for the age bands of the limits, e.g. [20, 30] → "Under 20", "20–29", "30+". */
export function ageBandLabels(limits: readonly number[]): string[] {
  if (limits.length === 0) return ['Alla åldrar'];
  const labels = [`Under ${limits[0]}`];
  for (let i = 1; i < limits.length; i++) labels.push(`${limits[i - 1]}–${limits[i]! - 1}`);
  labels.push(`${limits[limits.length - 1]}+`);
  return labels;
}

/** Ages limits must rise strictly and lie between 1 and 120. */
export function validAgeBandLimits(limits: readonly number[]): boolean {
  return limits.every(
    (limit, i) => Number.isInteger(limit) && limit > 0 && limit < 120 && (i === 0 || limit > limits[i - 1]!),
  );
}
