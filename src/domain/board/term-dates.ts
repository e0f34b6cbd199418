import { ASSOCIATION_TIME_ZONE } from '../calendar/local-date';

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

function offsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

function midnight(year: number, month: number, day: number, timeZone: string): Date {
  const utc = Date.UTC(year, month - 1, day);
  const first = utc - offsetMs(utc, timeZone);
  return new Date(utc - offsetMs(first, timeZone));
}

/** The first instant of the day (Swedish time). */
export function termStartOf(day: string, timeZone: string = ASSOCIATION_TIME_ZONE): Date {
  const parsed = parseDay(day);
  if (!parsed) throw new RangeError(`Not a day: ${day}`);
  return midnight(parsed.year, parsed.month, parsed.day, timeZone);
}

/** The last instant of the day (Swedish time): the stored end of a term whose last day it is. */
export function termEndOf(day: string, timeZone: string = ASSOCIATION_TIME_ZONE): Date {
  const parsed = parseDay(day);
  if (!parsed) throw new RangeError(`Not a day: ${day}`);
  const next = new Date(Date.UTC(parsed.year, parsed.month - 1, parsed.day + 1));
  return new Date(midnight(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), timeZone).getTime() - 1);
}

/** The Swedish calendar day an instant falls on, as `YYYY-MM-DD`. */
export function dayOf(instant: Date, timeZone: string = ASSOCIATION_TIME_ZONE): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
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
