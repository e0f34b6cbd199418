import { describe, expect, it } from 'vitest';
import { adoptionDeadlineNotice } from '@/domain/plan/adoption-deadline';

const base = { deadlineMonth: 11, deadlineDay: 30, nextYearAdopted: false };

describe('adoptionDeadlineNotice', () => {
  it('says nothing more than 30 days before the deadline', () => {
    expect(adoptionDeadlineNotice({ ...base, today: { year: 2026, month: 10, day: 30 } })).toBeNull();
  });
  it('warns within 30 days', () => {
    expect(adoptionDeadlineNotice({ ...base, today: { year: 2026, month: 10, day: 31 } })).toEqual({
      kind: 'approaching',
      planYear: 2027,
      deadline: { year: 2026, month: 11, day: 30 },
      daysLeft: 30,
    });
    expect(adoptionDeadlineNotice({ ...base, today: { year: 2026, month: 11, day: 30 } })).toMatchObject({ kind: 'approaching', daysLeft: 0 });
  });
  it('flags a passed deadline', () => {
    expect(adoptionDeadlineNotice({ ...base, today: { year: 2026, month: 12, day: 3 } })).toMatchObject({ kind: 'passed', planYear: 2027, daysLate: 3 });
  });
  it('is silent once next year is adopted', () => {
    expect(adoptionDeadlineNotice({ ...base, nextYearAdopted: true, today: { year: 2026, month: 12, day: 3 } })).toBeNull();
  });
  it('uses the association deadline', () => {
    expect(adoptionDeadlineNotice({ ...base, deadlineMonth: 10, deadlineDay: 15, today: { year: 2026, month: 10, day: 1 } })).toMatchObject({ daysLeft: 14 });
  });
});
