import { calendarDateIn, ASSOCIATION_TIME_ZONE } from '../calendar/local-date';
import { parseLocalDateTime } from '../calendar/local-date-time';

/** The daily digest goes out at seven in the morning, Swedish time. */
export const DIGEST_HOUR = 7;

/** `yyyy-mm-dd` of the Stockholm day an instant falls on. */
export function stockholmDay(instant: Date): string {
  const { year, month, day } = calendarDateIn(instant, ASSOCIATION_TIME_ZONE);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The instant of 07:00 on that Stockholm day (an hour's difference in summer, also on the days the clocks change). */
export function digestTimeOn(day: string): Date {
  return parseLocalDateTime(`${day}T${String(DIGEST_HOUR).padStart(2, '0')}:00`, ASSOCIATION_TIME_ZONE)!;
}

export type DigestDecision =
  | { due: true; day: string; cutoff: Date; itemCount: number }
  | { due: false; reason: 'before-seven' | 'empty' | 'already-sent' };

/**
 * Whether a person's digest is due now. One digest per Stockholm day, from 07:00 on; it holds the
 * items that were waiting at 07:00 (`cutoff`), so an item of the afternoon waits for the next
 * morning instead of going out with the next hourly run. A digest with nothing in it is never sent.
 */
export function decideDigest(input: {
  now: Date;
  /** When each of the person's waiting items was written. */
  pendingCreatedAt: readonly Date[];
  /** When the person's last digest was written, if ever. */
  lastDigestAt: Date | null;
}): DigestDecision {
  const day = stockholmDay(input.now);
  const cutoff = digestTimeOn(day);
  if (input.now < cutoff) return { due: false, reason: 'before-seven' };
  if (input.lastDigestAt && stockholmDay(input.lastDigestAt) === day) return { due: false, reason: 'already-sent' };
  const itemCount = input.pendingCreatedAt.filter((at) => at < cutoff).length;
  if (itemCount === 0) return { due: false, reason: 'empty' };
  return { due: true, day, cutoff, itemCount };
}

/** Makes the digest unique per person and Stockholm day, so repeated or racing runs write one. */
export function digestDedupeKey(personId: string, day: string): string {
  return `digest:${personId}:${day}`;
}
