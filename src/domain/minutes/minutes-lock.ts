import { calendarDateIn } from '../calendar/local-date';
import { ADJUSTER_COUNT } from './adjusters';

export interface AdjusterApproval {
  personId: string;
  approvedAt: Date | null;
}

/** The stored state of the minutes (Prisma's `MinutesState`, declared here so the domain needs no Prisma). */
export type StoredMinutesState = 'DRAFT' | 'READY' | 'LOCKED';

export type MinutesState =
  /** Being written by the secretary; adjusters cannot adjust yet. */
  | 'DRAFT'
  /** Marked ready for adjustment; no adjuster has approved this content yet. */
  | 'READY'
  /** Ready, and one of the two has approved the current content. */
  | 'PARTLY_APPROVED'
  /** Both approved (adjusted): nothing in the minutes may change any more. */
  | 'LOCKED';

/** Where the minutes of a meeting stand, for the page. Locked is decided by the lock time alone. */
export function minutesState(
  stored: StoredMinutesState,
  lockedAt: Date | null,
  adjusters: readonly AdjusterApproval[],
): MinutesState {
  if (lockedAt || stored === 'LOCKED') return 'LOCKED';
  if (stored === 'DRAFT') return 'DRAFT';
  return adjusters.some((adjuster) => adjuster.approvedAt) ? 'PARTLY_APPROVED' : 'READY';
}

/** Whether `now` is on or after the meeting's day, both in Swedish time. */
export function meetingDayHasCome(startsAt: Date, now: Date): boolean {
  const day = calendarDateIn(startsAt);
  const today = calendarDateIn(now);
  return (
    today.year > day.year ||
    (today.year === day.year && (today.month > day.month || (today.month === day.month && today.day >= day.day)))
  );
}

export type ReadyRefusal = 'LOCKED' | 'ALREADY_READY' | 'NOT_SECRETARY' | 'BEFORE_MEETING_DAY' | 'NO_PARAGRAPHS';

/**
 * Whether `personId` may mark the minutes ready for adjustment (DRAFT → READY): the recorded
 * secretary (or, with no secretary recorded, whoever writes the minutes), on or after the
 * meeting's day in Swedish time, with at least one paragraph.
 */
export function checkReady(
  personId: string,
  minutes: {
    state: StoredMinutesState;
    lockedAt: Date | null;
    startsAt: Date;
    secretaryId: string | null;
    paragraphCount: number;
  },
  now: Date,
): ReadyRefusal | null {
  if (minutes.lockedAt || minutes.state === 'LOCKED') return 'LOCKED';
  if (minutes.state === 'READY') return 'ALREADY_READY';
  if (minutes.secretaryId !== null && minutes.secretaryId !== personId) return 'NOT_SECRETARY';
  if (!meetingDayHasCome(minutes.startsAt, now)) return 'BEFORE_MEETING_DAY';
  if (minutes.paragraphCount === 0) return 'NO_PARAGRAPHS';
  return null;
}

export type ApprovalRefusal =
  | 'LOCKED'
  | 'NOT_ADJUSTER'
  | 'NOT_READY'
  | 'ABSENT'
  | 'ALREADY_APPROVED'
  | 'ADJUSTERS_INCOMPLETE'
  | 'NO_PARAGRAPHS'
  | 'CONTENT_CHANGED';

export interface ApprovalCheck {
  refusal: ApprovalRefusal | null;
  /** True when this approval is the last one needed: the minutes are then adjusted and locked in the same step. */
  locksMinutes: boolean;
}

/**
 * Whether `personId` may approve now: only a chosen adjuster who attended the meeting, once,
 * while the minutes are ready for adjustment, with both adjusters chosen and at least one
 * paragraph, and only the content they saw (`seenHash`) when it is still the current content.
 * The last approval locks them.
 */
export function checkApproval(
  personId: string,
  minutes: {
    state: StoredMinutesState;
    lockedAt: Date | null;
    adjusters: readonly AdjusterApproval[];
    paragraphCount: number;
    presentPersonIds: readonly string[];
    currentHash: string;
  },
  seenHash: string,
): ApprovalCheck {
  const refuse = (refusal: ApprovalRefusal): ApprovalCheck => ({ refusal, locksMinutes: false });
  if (minutes.lockedAt || minutes.state === 'LOCKED') return refuse('LOCKED');
  const own = minutes.adjusters.find((adjuster) => adjuster.personId === personId);
  if (!own) return refuse('NOT_ADJUSTER');
  if (minutes.state !== 'READY') return refuse('NOT_READY');
  if (!minutes.presentPersonIds.includes(personId)) return refuse('ABSENT');
  if (own.approvedAt) return refuse('ALREADY_APPROVED');
  if (minutes.adjusters.length !== ADJUSTER_COUNT) return refuse('ADJUSTERS_INCOMPLETE');
  if (minutes.paragraphCount === 0) return refuse('NO_PARAGRAPHS');
  if (seenHash !== minutes.currentHash) return refuse('CONTENT_CHANGED');
  const others = minutes.adjusters.filter((adjuster) => adjuster.personId !== personId);
  return { refusal: null, locksMinutes: others.every((adjuster) => adjuster.approvedAt !== null) };
}

/** The shortest comment a change request ("Begär ändring") accepts: a real reason, not "x". */
export const CHANGE_REQUEST_MIN_LENGTH = 10;

export type ChangeRequestRefusal = 'LOCKED' | 'NOT_ADJUSTER' | 'NOT_READY' | 'COMMENT_TOO_SHORT';

/** Whether `personId` may ask for a change instead of approving: a chosen adjuster, while the minutes are ready, with a real comment. */
export function checkChangeRequest(
  personId: string,
  minutes: { state: StoredMinutesState; lockedAt: Date | null; adjusters: readonly AdjusterApproval[] },
  comment: string,
): ChangeRequestRefusal | null {
  if (minutes.lockedAt || minutes.state === 'LOCKED') return 'LOCKED';
  if (!minutes.adjusters.some((adjuster) => adjuster.personId === personId)) return 'NOT_ADJUSTER';
  if (minutes.state !== 'READY') return 'NOT_READY';
  if (comment.trim().length < CHANGE_REQUEST_MIN_LENGTH) return 'COMMENT_TOO_SHORT';
  return null;
}

/** Paragraphs may be reordered only while the minutes are a draft. */
export function mayReorderParagraphs(state: StoredMinutesState, lockedAt: Date | null): boolean {
  return lockedAt === null && state === 'DRAFT';
}

/** The approvals that no longer match the current content: they are void (ADR 033). */
export function staleApprovals<T extends { approvedAt: Date | null; contentHash: string | null }>(
  adjusters: readonly T[],
  currentHash: string,
): T[] {
  return adjusters.filter((adjuster) => adjuster.approvedAt !== null && adjuster.contentHash !== currentHash);
}
