import { ASSOCIATION_TIME_ZONE } from './local-date';
import { offsetMinutes } from './time-zone-offset';

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** `2026-12-11T09:00` (an `<input type="datetime-local">` value) in the association's time zone → instant; null when malformed. */
export function parseLocalDateTime(text: string, timeZone: string = ASSOCIATION_TIME_ZONE): Date | null {
  const match = PATTERN.exec(text);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null;
  const naive = Date.UTC(y, mo - 1, d, h, mi);
  const check = new Date(naive);
  if (check.getUTCDate() !== d || check.getUTCMonth() !== mo - 1) return null;
  // Two passes settle the offset also on the days the clocks change.
  let instant = new Date(naive - offsetMinutes(new Date(naive), timeZone) * 60_000);
  instant = new Date(naive - offsetMinutes(instant, timeZone) * 60_000);
  return instant;
}

/** The instant as `2026-12-11T09:00` in the association's time zone (for `<input type="datetime-local">`). */
export function toLocalDateTimeInput(instant: Date, timeZone: string = ASSOCIATION_TIME_ZONE): string {
  const local = new Date(instant.getTime() + offsetMinutes(instant, timeZone) * 60_000);
  return local.toISOString().slice(0, 16);
}
