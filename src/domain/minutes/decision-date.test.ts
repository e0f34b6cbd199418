import { describe, expect, it } from 'vitest';
import { decisionDateRefusal, decisionEffectiveAt, meetingDayHasCome, swedishDay } from './decision-date';

describe('meetingDayHasCome (Swedish calendar day of the meeting ≤ today in Europe/Stockholm)', () => {
  // The meeting of 11 December 2026 at 09:00 (CET, UTC+1).
  const meeting = new Date('2026-12-11T09:00:00+01:00');

  it('is refused the day before, also one minute before Swedish midnight', () => {
    expect(meetingDayHasCome(meeting, new Date('2026-12-10T12:00:00+01:00'))).toBe(false);
    expect(meetingDayHasCome(meeting, new Date('2026-12-10T23:59:00+01:00'))).toBe(false);
    // 23:30 UTC on the 10th is already 00:30 on the 11th in Stockholm.
    expect(meetingDayHasCome(meeting, new Date('2026-12-10T23:30:00Z'))).toBe(true);
    expect(decisionDateRefusal(meeting, new Date('2026-12-10T22:59:00Z'))).toBe('MEETING_NOT_HELD');
  });

  it('holds from Swedish midnight of the meeting day, before the meeting’s hour, and every day after', () => {
    expect(meetingDayHasCome(meeting, new Date('2026-12-11T00:00:00+01:00'))).toBe(true);
    expect(meetingDayHasCome(meeting, new Date('2026-12-11T08:59:00+01:00'))).toBe(true);
    expect(meetingDayHasCome(meeting, new Date('2026-12-12T10:00:00+01:00'))).toBe(true);
    expect(meetingDayHasCome(meeting, new Date('2027-01-05T10:00:00+01:00'))).toBe(true);
    expect(decisionDateRefusal(meeting, new Date('2026-12-11T00:00:00+01:00'))).toBeNull();
  });

  it('compares Swedish days in summer time too (UTC+2)', () => {
    const june = new Date('2026-06-12T18:00:00+02:00');
    expect(meetingDayHasCome(june, new Date('2026-06-11T23:59:59+02:00'))).toBe(false);
    expect(meetingDayHasCome(june, new Date('2026-06-11T22:00:00Z'))).toBe(true); // 00:00 on the 12th in Stockholm
  });

  it('a meeting late in the Swedish evening belongs to its Swedish day, not the UTC one', () => {
    // 23:30 Swedish time on 11 December is 22:30 UTC the same day; 00:30 on the 12th is 23:30 UTC on the 11th.
    expect(swedishDay(new Date('2026-12-11T23:30:00Z'))).toBe('2026-12-12');
    expect(meetingDayHasCome(new Date('2026-12-11T23:30:00Z'), new Date('2026-12-11T22:59:00Z'))).toBe(false);
  });
});

describe('decisionEffectiveAt', () => {
  const decidedAt = new Date('2026-12-11T09:00:00+01:00');
  const lockedAt = new Date('2026-12-18T15:00:00+01:00');

  it('the meeting date when the rule does not ask for adjusted minutes', () => {
    expect(decisionEffectiveAt({ decidedAt, needsAdjustedMinutes: false, minutesLockedAt: null })).toEqual(decidedAt);
    expect(decisionEffectiveAt({ decidedAt, needsAdjustedMinutes: false, minutesLockedAt: lockedAt })).toEqual(
      decidedAt,
    );
  });

  it('null until the minutes are locked, then the lock when the rule asks for adjusted minutes', () => {
    expect(decisionEffectiveAt({ decidedAt, needsAdjustedMinutes: true, minutesLockedAt: null })).toBeNull();
    expect(decisionEffectiveAt({ decidedAt, needsAdjustedMinutes: true, minutesLockedAt: lockedAt })).toEqual(lockedAt);
  });
});
