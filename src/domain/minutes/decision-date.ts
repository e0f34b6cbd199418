import { calendarDateIn } from '../calendar/local-date';

/** The Swedish calendar day of an instant as `YYYY-MM-DD`. */
export function swedishDay(instant: Date): string {
  const { year, month, day } = calendarDateIn(instant);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A decision exists from the meeting, never before it (the brief, "Governance records"): it can be
 * recorded once the meeting's day has come, i.e. the Swedish calendar day of `startsAt` is today or
 * earlier. Compared as days in Europe/Stockholm, not as instants: a meeting at 13:00 can record its
 * decisions from the first minute of its day.
 */
export function meetingDayHasCome(startsAt: Date, now: Date): boolean {
  return swedishDay(startsAt) <= swedishDay(now);
}

export type DecisionDateRefusal = 'MEETING_NOT_HELD';

/** Why no decision may be recorded for a meeting at `startsAt` now, or null when it may. */
export function decisionDateRefusal(startsAt: Date, now: Date): DecisionDateRefusal | null {
  return meetingDayHasCome(startsAt, now) ? null : 'MEETING_NOT_HELD';
}

/**
 * When a decision takes effect (ADR 034): on the meeting date (`decidedAt`), or, when the
 * association's rule says decisions need adjusted minutes, when the minutes are locked (null until then).
 */
export function decisionEffectiveAt(input: {
  decidedAt: Date;
  needsAdjustedMinutes: boolean;
  minutesLockedAt: Date | null;
}): Date | null {
  if (!input.needsAdjustedMinutes) return input.decidedAt;
  return input.minutesLockedAt;
}
