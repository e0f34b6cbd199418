import { dayRangeIn, startOfDayIn } from '../calendar/day-range';
import { ASSOCIATION_TIME_ZONE, calendarDateIn } from '../calendar/local-date';

/**
 * Terms of office are given as calendar days (ADR 032). A term starts at the first instant of its
 * first day and ends at the last instant of its last day, both in Swedish time; the last day is
 * inclusive, so an ended term gives nothing from the next day. Stored as `validFrom`/`periodStart`
 * and `validTo`/`periodEnd`, compared with `<=`/`>=` against the instant in question.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day as typed in a date field (`2027-01-31`), or null when it is no real day. */
export function parseDay(text: string): { year: number; month: number; day: number } | null {
  const match = DAY.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  if (year < 1900 || year > 2200) return null;
  return { year, month, day };
}

/** The first instant of the day (Swedish time). */
export function termStartOf(day: string, timeZone: string = ASSOCIATION_TIME_ZONE): Date {
  if (!parseDay(day)) throw new RangeError(`Not a day: ${day}`);
  return startOfDayIn(day, timeZone);
}

/** The last instant of the day (Swedish time): the stored end of a term whose last day it is. */
export function termEndOf(day: string, timeZone: string = ASSOCIATION_TIME_ZONE): Date {
  if (!parseDay(day)) throw new RangeError(`Not a day: ${day}`);
  return new Date(dayRangeIn(day, timeZone).end.getTime() - 1);
}

/** The Swedish calendar day an instant falls on, as `YYYY-MM-DD`. */
export function dayOf(instant: Date, timeZone: string = ASSOCIATION_TIME_ZONE): string {
  const { year, month, day } = calendarDateIn(instant, timeZone);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface Term {
  from: Date | null;
  to: Date | null;
}

/** Whether the term is in force at the instant (open ends count; both ends inclusive). */
export function termActiveAt(term: Term, at: Date): boolean {
  return (term.from === null || term.from <= at) && (term.to === null || term.to >= at);
}

/** Whether two terms share at least one instant. */
export function termsOverlap(a: Term, b: Term): boolean {
  const aFrom = a.from?.getTime() ?? -Infinity;
  const bFrom = b.from?.getTime() ?? -Infinity;
  const aTo = a.to?.getTime() ?? Infinity;
  const bTo = b.to?.getTime() ?? Infinity;
  return aFrom <= bTo && bFrom <= aTo;
}
