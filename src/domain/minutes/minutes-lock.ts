import { ADJUSTER_COUNT } from './adjusters';

export interface AdjusterApproval {
  personId: string;
  approvedAt: Date | null;
}

export type MinutesState =
  /** Being written; adjusters not (yet) chosen. */
  | 'OPEN'
  /** Two adjusters chosen; neither has approved. */
  | 'AWAITING_ADJUSTERS'
  /** One of the two has approved. */
  | 'PARTLY_APPROVED'
  /** Both approved: nothing in the minutes may change any more. */
  | 'LOCKED';

/** Where the minutes of a meeting stand. Locked is decided by the lock time alone. */
export function minutesState(lockedAt: Date | null, adjusters: readonly AdjusterApproval[]): MinutesState {
  if (lockedAt) return 'LOCKED';
  if (adjusters.length < ADJUSTER_COUNT) return 'OPEN';
  return adjusters.some((adjuster) => adjuster.approvedAt) ? 'PARTLY_APPROVED' : 'AWAITING_ADJUSTERS';
}

export type ApprovalRefusal = 'LOCKED' | 'NOT_ADJUSTER' | 'ALREADY_APPROVED' | 'ADJUSTERS_INCOMPLETE' | 'NO_PARAGRAPHS';

export interface ApprovalCheck {
  refusal: ApprovalRefusal | null;
  /** True when this approval is the last one needed: the minutes are then locked in the same step. */
  locksMinutes: boolean;
}

/**
 * Whether `personId` may approve now: only a chosen adjuster, once, while the minutes are open,
 * with both adjusters chosen and at least one paragraph written. The second approval locks them.
 */
export function checkApproval(
  personId: string,
  minutes: { lockedAt: Date | null; adjusters: readonly AdjusterApproval[]; paragraphCount: number },
): ApprovalCheck {
  const refuse = (refusal: ApprovalRefusal): ApprovalCheck => ({ refusal, locksMinutes: false });
  if (minutes.lockedAt) return refuse('LOCKED');
  const own = minutes.adjusters.find((adjuster) => adjuster.personId === personId);
  if (!own) return refuse('NOT_ADJUSTER');
  if (own.approvedAt) return refuse('ALREADY_APPROVED');
  if (minutes.adjusters.length !== ADJUSTER_COUNT) return refuse('ADJUSTERS_INCOMPLETE');
  if (minutes.paragraphCount === 0) return refuse('NO_PARAGRAPHS');
  const others = minutes.adjusters.filter((adjuster) => adjuster.personId !== personId);
  return { refusal: null, locksMinutes: others.every((adjuster) => adjuster.approvedAt !== null) };
}
