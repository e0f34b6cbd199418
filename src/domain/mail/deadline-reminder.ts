import { adoptionDeadlineFor, daysToAdoptionDeadline, type CalendarDate } from '../plan/adoption-deadline';

/** The reminders before the adoption deadline, in days. */
export const DEADLINE_REMINDERS = [30, 7] as const;
export type DeadlineReminder = (typeof DEADLINE_REMINDERS)[number];

export interface DueDeadlineReminder {
  reminder: DeadlineReminder;
  planYear: number;
  deadline: CalendarDate;
  daysLeft: number;
}

/**
 * Which reminder of next year's adoption deadline is due today: within 7 days the 7-day one (never
 * the 30-day one as well, even if it was never sent), within 30 days the 30-day one; none once the
 * deadline has passed or the plan is adopted. The dedupe key makes each go out once.
 */
export function dueDeadlineReminder(input: {
  today: CalendarDate;
  deadlineMonth: number;
  deadlineDay: number;
  nextYearAdopted: boolean;
}): DueDeadlineReminder | null {
  if (input.nextYearAdopted) return null;
  const planYear = input.today.year + 1;
  const daysLeft = daysToAdoptionDeadline(input.today, planYear, input.deadlineMonth, input.deadlineDay);
  if (daysLeft < 0) return null;
  const reminder = daysLeft <= 7 ? 7 : daysLeft <= 30 ? 30 : null;
  if (!reminder) return null;
  return {
    reminder,
    planYear,
    deadline: adoptionDeadlineFor(planYear, input.deadlineMonth, input.deadlineDay),
    daysLeft,
  };
}

export function deadlineReminderDedupeKey(
  associationId: string,
  planYear: number,
  reminder: DeadlineReminder,
  personId: string,
): string {
  return `deadline:${associationId}:${planYear}:${reminder}:${personId}`;
}
