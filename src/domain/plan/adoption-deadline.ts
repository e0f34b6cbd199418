/** A calendar date without a time zone (the association's local date). */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export type AdoptionDeadlineNotice =
  | { kind: 'approaching'; planYear: number; deadline: CalendarDate; daysLeft: number }
  | { kind: 'passed'; planYear: number; deadline: CalendarDate; daysLate: number };

const DAY_MS = 86_400_000;

function dayNumber(date: CalendarDate): number {
  return Date.UTC(date.year, date.month - 1, date.day) / DAY_MS;
}

/**
 * Next year's plan must be adopted by the deadline in this year (default 30 November).
 * Warn within `windowDays` before it, and flag it once passed, until that plan is adopted.
 */
export function adoptionDeadlineNotice(input: {
  today: CalendarDate;
  deadlineMonth: number;
  deadlineDay: number;
  nextYearAdopted: boolean;
  windowDays?: number;
}): AdoptionDeadlineNotice | null {
  const { today, deadlineMonth, deadlineDay, nextYearAdopted, windowDays = 30 } = input;
  if (nextYearAdopted) return null;
  const deadline: CalendarDate = { year: today.year, month: deadlineMonth, day: deadlineDay };
  const planYear = today.year + 1;
  const daysLeft = dayNumber(deadline) - dayNumber(today);
  if (daysLeft < 0) return { kind: 'passed', planYear, deadline, daysLate: -daysLeft };
  if (daysLeft <= windowDays) return { kind: 'approaching', planYear, deadline, daysLeft };
  return null;
}

/** The last day to adopt a plan for `planYear`: the deadline day in the year before. */
export function adoptionDeadlineFor(planYear: number, deadlineMonth: number, deadlineDay: number): CalendarDate {
  return { year: planYear - 1, month: deadlineMonth, day: deadlineDay };
}

/** Days from `today` to the plan year's deadline (negative once passed). */
export function daysToAdoptionDeadline(
  today: CalendarDate,
  planYear: number,
  deadlineMonth: number,
  deadlineDay: number,
): number {
  return dayNumber(adoptionDeadlineFor(planYear, deadlineMonth, deadlineDay)) - dayNumber(today);
}

/** A plan adopted after the deadline day (in the association's calendar) is adopted late; adopting on the day is in time. */
export function isAdoptedLate(input: {
  planYear: number;
  decidedOn: CalendarDate;
  deadlineMonth: number;
  deadlineDay: number;
}): boolean {
  return daysToAdoptionDeadline(input.decidedOn, input.planYear, input.deadlineMonth, input.deadlineDay) < 0;
}
