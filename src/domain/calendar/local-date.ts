import type { CalendarDate } from '../plan/adoption-deadline';

/** The association's calendar: all Swedish associations keep Swedish time. */
export const ASSOCIATION_TIME_ZONE = 'Europe/Stockholm';

/** The calendar date an instant falls on in the given time zone. */
export function calendarDateIn(instant: Date, timeZone: string = ASSOCIATION_TIME_ZONE): CalendarDate {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(instant);
  const part = (type: 'year' | 'month' | 'day') => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}
