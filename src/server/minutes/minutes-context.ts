import 'server-only';
import { z } from 'zod';
import { Prisma, type PrismaClient } from '@/generated/prisma/client';
import { decisionDateRefusal } from '@/domain/minutes/decision-date';
import { format, messages } from '@/i18n/catalog';
import { formatLongDate } from '@/i18n/dates';
import { ConflictError, FieldValidationError, LockedError } from '@/server/kernel/use-case-errors';
import { loadOwned } from '@/server/kernel/load-owned';

const t = () => messages().minutes.errors;

export const optionalId = z
  .string()
  .trim()
  .max(100)
  .nullish()
  .transform((value) => (value ? value : null));
export const title = z
  .string({ error: () => t().titleRequired })
  .trim()
  .min(1, { error: () => t().titleRequired })
  .max(300, { error: () => t().textTooLong });
export const longText = z
  .string()
  .max(20_000, { error: () => t().textTooLong })
  .default('');

export const meetingForMinutesSelect = {
  id: true,
  associationId: true,
  body: true,
  title: true,
  startsAt: true,
  status: true,
  minutesLockedAt: true,
  minutesState: true,
  minutesReadyAt: true,
  chairId: true,
  secretaryId: true,
  version: true,
} as const;

export type MeetingForMinutes = Prisma.MeetingGetPayload<{ select: typeof meetingForMinutesSelect }>;

/**
 * The meeting, read inside the writing transaction with a row lock, so that a write and the
 * approval that locks the minutes never interleave: 'share' for writes (they wait for a locking
 * transaction, then see the lock), 'update' for approvals (one approval at a time, so the second
 * of two simultaneous approvals sees the first). NOT_FOUND when the meeting is not the association's.
 */
export async function lockMeeting(
  tx: Prisma.TransactionClient,
  associationId: string,
  meetingId: string,
  mode: 'share' | 'update' = 'share',
): Promise<MeetingForMinutes> {
  if (mode === 'update') await tx.$executeRaw`SELECT 1 FROM "Meeting" WHERE id = ${meetingId} FOR UPDATE`;
  else await tx.$executeRaw`SELECT 1 FROM "Meeting" WHERE id = ${meetingId} FOR SHARE`;
  return loadOwned(
    (where) => tx.meeting.findFirst({ where, select: meetingForMinutesSelect }),
    associationId,
    meetingId,
  );
}

/** As lockMeeting, and refuses when the minutes are locked (LockedError) or the meeting was cancelled. */
export async function openMinutes(
  tx: Prisma.TransactionClient,
  associationId: string,
  meetingId: string,
): Promise<MeetingForMinutes> {
  const meeting = await lockMeeting(tx, associationId, meetingId, 'share');
  assertMinutesOpen(meeting);
  return meeting;
}

export function assertMinutesOpen(meeting: { minutesLockedAt: Date | null; status: string }): void {
  if (meeting.minutesLockedAt) throw new LockedError(t().locked);
  if (meeting.status === 'CANCELLED') throw new ConflictError(t().cancelled);
}

/** A paragraph of the association with its meeting's id; NOT_FOUND otherwise. */
export async function findParagraph(tx: Prisma.TransactionClient, associationId: string, paragraphId: string) {
  return loadOwned(
    (where) =>
      tx.minutesParagraph.findFirst({
        where,
        include: { decision: true, votes: { select: { personId: true, choice: true, reservation: true } } },
      }),
    associationId,
    paragraphId,
  );
}

export interface ParagraphLinks {
  matterId: string | null;
  interventionId: string | null;
  planId: string | null;
}

/** Each linked matter, intervention and plan must be the association's own. */
export async function assertLinks(
  tx: Prisma.TransactionClient,
  associationId: string,
  links: ParagraphLinks,
): Promise<void> {
  const errors: Record<string, string> = {};
  if (
    links.matterId &&
    !(await tx.matter.findFirst({ where: { id: links.matterId, associationId }, select: { id: true } }))
  )
    errors.matterId = t().linkUnknown;
  if (
    links.interventionId &&
    !(await tx.intervention.findFirst({ where: { id: links.interventionId, associationId }, select: { id: true } }))
  )
    errors.interventionId = t().linkUnknown;
  if (links.planId && !(await tx.plan.findFirst({ where: { id: links.planId, associationId }, select: { id: true } })))
    errors.planId = t().linkUnknown;
  if (Object.keys(errors).length > 0) throw new FieldValidationError(errors);
}

/** The database trigger's refusal (a write that raced the lock) as the use cases' own LockedError. */
export function asLockedError(error: unknown): unknown {
  const message = error instanceof Error ? error.message : String(error);
  if (message.includes('Protokollet är justerat och låst')) return new LockedError(t().locked);
  return error;
}

/** Runs the use case's transaction, turning a refusal by the lock trigger into LockedError. */
export async function inMinutesTransaction<T>(
  db: PrismaClient,
  work: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<T> {
  try {
    return await db.$transaction(work);
  } catch (error) {
    throw asLockedError(error);
  }
}

export function quorumMessage(
  template: string,
  quorum: { votingPresent: number; ordinarySeats: number; required: number },
): string {
  return format(template, { present: quorum.votingPresent, seats: quorum.ordinarySeats, required: quorum.required });
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

/** The Swedish refusal of a decision at a meeting whose day has not come (ConflictError), or nothing. */
export function assertMeetingDayHasCome(startsAt: Date, now: Date): void {
  if (decisionDateRefusal(startsAt, now))
    throw new ConflictError(format(t().meetingNotHeld, { date: formatLongDate(startsAt) }));
}
