import { describe, expect, it } from 'vitest';
import { deadlineReminderDedupeKey, dueDeadlineReminder } from './deadline-reminder';

const base = { deadlineMonth: 11, deadlineDay: 30, nextYearAdopted: false };
/** The day `daysLeft` days before 30 November 2026. */
const daysBefore = (daysLeft: number) => {
  const date = new Date(Date.UTC(2026, 10, 30 - daysLeft));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
};

describe('dueDeadlineReminder', () => {
  it.each([
    [31, null],
    [30, 30],
    [8, 30],
    [7, 7],
    [0, 7],
    [-1, null],
  ] as const)('%i days before the deadline: %s', (daysLeft, reminder) => {
    const due = dueDeadlineReminder({ ...base, today: daysBefore(daysLeft) });
    expect(due?.reminder ?? null).toBe(reminder);
    if (due) {
      expect(due.daysLeft).toBe(daysLeft);
      expect(due.planYear).toBe(2027);
      expect(due.deadline).toEqual({ year: 2026, month: 11, day: 30 });
    }
  });

  it('none once next year’s plan is adopted', () => {
    expect(dueDeadlineReminder({ ...base, nextYearAdopted: true, today: daysBefore(7) })).toBeNull();
  });

  it('follows the association’s own deadline', () => {
    expect(
      dueDeadlineReminder({ deadlineMonth: 10, deadlineDay: 31, nextYearAdopted: false, today: daysBefore(0) }),
    ).toBeNull();
  });

  it('keys each reminder per association, plan year, reminder and person', () => {
    expect(deadlineReminderDedupeKey('a1', 2027, 7, 'p1')).toBe('deadline:a1:2027:7:p1');
  });
});
