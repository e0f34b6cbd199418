import { calendarDateIn } from '@/domain/calendar/local-date';
import type { CalendarDate } from '@/domain/plan/adoption-deadline';

/**
 * Days after the meeting within which the adjusters should approve the minutes. The domain brief
 * sets no time; this follows the Local Government Act's rule for municipal bodies (kommunallagen
 * 5 kap. 69 §: "senast fjorton dagar efter sammanträdet"), the custom associations copy.
 */
export const ADJUST_WITHIN_DAYS = 14;

/** The last day to adjust the minutes: the meeting's local calendar day plus ADJUST_WITHIN_DAYS. */
export function adjustBy(meetingStartsAt: Date): CalendarDate {
  const day = calendarDateIn(meetingStartsAt);
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day + ADJUST_WITHIN_DAYS));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
