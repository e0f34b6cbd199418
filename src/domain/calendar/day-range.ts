import { ASSOCIATION_TIME_ZONE } from './local-date';
import { offsetMinutes } from './time-zone-offset';

/** The instant a calendar day (YYYY-MM-DD) starts in the time zone. */
export function startOfDayIn(isoDate: string, timeZone: string = ASSOCIATION_TIME_ZONE): Date {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(year, month - 1, day);
  // The offset at midnight can differ from the offset a few hours earlier only on a DST day, which never starts at midnight in Europe.
  const guess = new Date(utcMidnight - offsetMinutes(new Date(utcMidnight), timeZone) * 60000);
  return new Date(utcMidnight - offsetMinutes(guess, timeZone) * 60000);
}

/** The day as a half-open range [start, end) of instants. */
export function dayRangeIn(isoDate: string, timeZone: string = ASSOCIATION_TIME_ZONE): { start: Date; end: Date } {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
  return { start: startOfDayIn(isoDate, timeZone), end: startOfDayIn(next, timeZone) };
}
