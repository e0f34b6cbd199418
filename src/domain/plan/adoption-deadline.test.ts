import { describe, expect, it } from 'vitest';
import {
  adoptionDeadlineFor,
  adoptionDeadlineNotice,
  daysToAdoptionDeadline,
  isAdoptedLate,
} from '@/domain/plan/adoption-deadline';

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
    expect(adoptionDeadlineNotice({ ...base, today: { year: 2026, month: 11, day: 30 } })).toMatchObject({
      kind: 'approaching',
      daysLeft: 0,
    });
  });
  it('flags a passed deadline', () => {
    expect(adoptionDeadlineNotice({ ...base, today: { year: 2026, month: 12, day: 3 } })).toMatchObject({
      kind: 'passed',
      planYear: 2027,
      daysLate: 3,
    });
  });
  it('is silent once next year is adopted', () => {
    expect(
      adoptionDeadlineNotice({ ...base, nextYearAdopted: true, today: { year: 2026, month: 12, day: 3 } }),
    ).toBeNull();
  });
  it('uses the association deadline', () => {
    expect(
      adoptionDeadlineNotice({ ...base, deadlineMonth: 10, deadlineDay: 15, today: { year: 2026, month: 10, day: 1 } }),
    ).toMatchObject({ daysLeft: 14 });
  });
});

describe('isAdoptedLate', () => {
  const rule = { planYear: 2027, deadlineMonth: 11, deadlineDay: 30 };
  it('is in time on the deadline day itself', () => {
    expect(isAdoptedLate({ ...rule, decidedOn: { year: 2026, month: 11, day: 30 } })).toBe(false);
    expect(isAdoptedLate({ ...rule, decidedOn: { year: 2026, month: 11, day: 18 } })).toBe(false);
  });
  it('is late the day after, and in the plan year', () => {
    expect(isAdoptedLate({ ...rule, decidedOn: { year: 2026, month: 12, day: 1 } })).toBe(true);
    expect(isAdoptedLate({ ...rule, decidedOn: { year: 2027, month: 1, day: 15 } })).toBe(true);
  });
  it('uses the association deadline', () => {
    expect(
      isAdoptedLate({ ...rule, deadlineMonth: 10, deadlineDay: 31, decidedOn: { year: 2026, month: 11, day: 1 } }),
    ).toBe(true);
  });
  it('counts days to the deadline of the plan year', () => {
    expect(daysToAdoptionDeadline({ year: 2026, month: 11, day: 25 }, 2027, 11, 30)).toBe(5);
    expect(daysToAdoptionDeadline({ year: 2026, month: 12, day: 2 }, 2027, 11, 30)).toBe(-2);
    expect(adoptionDeadlineFor(2027, 11, 30)).toEqual({ year: 2026, month: 11, day: 30 });
  });
});
