import { format, messages } from '@/i18n/catalog';
import { isValidPeriod } from './periods';
import { COUNT_FIELDS, ENDED_REASONS, type StatsCounts, type StatsPeriod } from './types';

export interface StatsProblem {
  /** The field the problem is shown next to (a CountField, 'ageBandCounts', 'period'). */
  field: string;
  message: string;
}

const MAX_COUNT = 1_000_000;

/**
 * The consistency rules for one period's statistics (see ADR 017):
 * - every count is a whole number from 0;
 * - the period exists for its kind (month 1–12, quarter 1–4, year 1);
 * - ended by reason adds up to ended;
 * - women + men + other/unknown = active (the people taking part during the period);
 * - the age bands add up to active, or are all 0 (ages not reported); there is one band more than limits;
 * - new, ended and in step-movement are each at most active (they are among the active).
 */
export function checkParticipantStats(
  stats: StatsPeriod & StatsCounts,
  ageBandLimits: readonly number[],
): StatsProblem[] {
  const t = messages().results.checks;
  const problems: StatsProblem[] = [];
  if (!isValidPeriod(stats.periodKind, stats.period)) problems.push({ field: 'period', message: t.invalidPeriod });
  for (const field of COUNT_FIELDS) {
    const value = stats[field];
    if (!Number.isInteger(value) || value < 0 || value > MAX_COUNT) problems.push({ field, message: t.notACount });
  }
  const bands = stats.ageBandCounts;
  if (bands.length !== ageBandLimits.length + 1)
    problems.push({ field: 'ageBandCounts', message: format(t.ageBandCount, { count: ageBandLimits.length + 1 }) });
  else if (bands.some((value) => !Number.isInteger(value) || value < 0 || value > MAX_COUNT))
    problems.push({ field: 'ageBandCounts', message: t.notACount });
  if (problems.length > 0) return problems;

  const endedByReason = ENDED_REASONS.reduce((sum, reason) => sum + stats[reason], 0);
  if (endedByReason !== stats.endedCount)
    problems.push({
      field: 'endedCount',
      message: format(t.endedByReason, { reasons: endedByReason, ended: stats.endedCount }),
    });
  const genders = stats.women + stats.men + stats.otherOrUnknown;
  if (genders !== stats.activeCount)
    problems.push({ field: 'activeCount', message: format(t.genderSum, { sum: genders, active: stats.activeCount }) });
  const ages = bands.reduce((sum, value) => sum + value, 0);
  if (ages !== 0 && ages !== stats.activeCount)
    problems.push({ field: 'ageBandCounts', message: format(t.ageSum, { sum: ages, active: stats.activeCount }) });
  for (const field of ['newCount', 'endedCount', 'stepMovement'] as const) {
    if (stats[field] > stats.activeCount)
      problems.push({ field, message: format(t.aboveActive, { active: stats.activeCount }) });
  }
  return problems;
}
