import { ASSOCIATION_TIME_ZONE } from '@/domain/calendar/local-date';
import type { CalendarDate } from '@/domain/plan/adoption-deadline';

const shortDate = new Intl.DateTimeFormat('sv-SE', {
  timeZone: ASSOCIATION_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const longDate = new Intl.DateTimeFormat('sv-SE', {
  timeZone: ASSOCIATION_TIME_ZONE,
  year: 'numeric',
  month: 'long',
  day: 'numeric',
});
const time = new Intl.DateTimeFormat('sv-SE', { timeZone: ASSOCIATION_TIME_ZONE, hour: '2-digit', minute: '2-digit' });

/** `2026-02-06` */
export function formatDate(date: Date): string {
  return shortDate.format(date);
}

/** `6 februari 2026` */
export function formatLongDate(date: Date | CalendarDate): string {
  const instant = date instanceof Date ? date : new Date(Date.UTC(date.year, date.month - 1, date.day, 12));
  return longDate.format(instant);
}

/** `13:00` */
export function formatTime(date: Date): string {
  return time.format(date);
}

/** `2026-03-12 kl. 13:00` */
export function formatDateTime(date: Date): string {
  return `${shortDate.format(date)} kl. ${time.format(date)}`;
}

/** `2026-01-01 – 2027-12-31`, or an open end. */
export function formatPeriod(
  start: Date | null,
  end: Date | null,
  texts: { periodOpen: string; periodUntil: string; notSet: string },
): string {
  if (start && end) return `${formatDate(start)} – ${formatDate(end)}`;
  if (start) return texts.periodOpen.replace('{start}', formatDate(start));
  if (end) return texts.periodUntil.replace('{end}', formatDate(end));
  return texts.notSet;
}
