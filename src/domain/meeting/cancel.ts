export type CancelRefusal = 'NOT_OPEN' | 'STARTED';

/**
 * A meeting can be cancelled only before it is held: while planned or called, and before its start.
 * A meeting that has begun was held (or not) and is recorded as such, never cancelled afterwards.
 */
export function cancelRefusal(
  meeting: { status: 'PLANNED' | 'NOTICE_SENT' | 'HELD' | 'MINUTES_LOCKED' | 'CANCELLED'; startsAt: Date },
  now: Date,
): CancelRefusal | null {
  if (meeting.status !== 'PLANNED' && meeting.status !== 'NOTICE_SENT') return 'NOT_OPEN';
  if (meeting.startsAt.getTime() <= now.getTime()) return 'STARTED';
  return null;
}
