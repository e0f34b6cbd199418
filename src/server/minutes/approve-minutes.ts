import 'server-only';
import { z } from 'zod';
import type { Prisma } from '@/generated/prisma/client';
import { checkApproval } from '@/domain/minutes/minutes-lock';
import { messages } from '@/i18n/catalog';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { assertPermission } from '@/server/authz/assert-permission';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import type { Actor } from '@/server/authz/session-actor';
import { prisma } from '@/server/db/client';
import { ConflictError, LockedError } from '@/server/kernel/use-case-errors';
import { inMinutesTransaction, lockMeeting } from './minutes-context';
import { currentMinutesHash } from '@/server/minutes-adjustment/minutes-content';
import { confirmAdjusterIdentity } from './confirm-adjuster-identity';
import { onMinutesLocked } from './on-minutes-locked';
import { id } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';

const schema = z.object({
  associationId: id,
  meetingId: id,
  /** The content hash the page showed the adjuster: the approval is bound to it. */
  contentHash: z.string().trim().max(128).default(''),
  /** Re-authentication: the adjuster's own password. */
  password: z.string().max(1000).default(''),
});

export type ApproveMinutesInput = z.input<typeof schema>;

/**
 * A chosen adjuster who attended approves (justerar) the minutes, as themselves, confirming with
 * their password, bound to the content hash they saw (ADR 033). The last approval adjusts and
 * locks the minutes in the same transaction: `minutesLockedAt`, state LOCKED and status
 * MINUTES_LOCKED are set last, after the approval row, so the lock trigger never has to let
 * anything through.
 */
export async function approveMinutes(
  input: ApproveMinutesInput,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<{ approvedAt: Date; locked: boolean; contentHash: string }> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  const now = deps.now ?? new Date();
  await assertPermission(actor.personId, parsed.associationId, 'minutes.adjust', { db, now });
  const t = messages().minutes.errors;

  const check = async (tx: Prisma.TransactionClient) => {
    // FOR UPDATE: two adjusters approving at the same moment take turns, so the second sees the first.
    const meeting = await lockMeeting(tx, parsed.associationId, parsed.meetingId, 'update');
    if (meeting.status === 'CANCELLED') throw new ConflictError(t.cancelled);
    const [adjusters, paragraphCount, present, currentHash] = await Promise.all([
      tx.adjuster.findMany({
        where: { meetingId: meeting.id },
        select: { id: true, personId: true, approvedAt: true },
      }),
      tx.minutesParagraph.count({ where: { meetingId: meeting.id } }),
      tx.attendance.findMany({ where: { meetingId: meeting.id, status: 'PRESENT' }, select: { personId: true } }),
      currentMinutesHash(tx, meeting.id),
    ]);
    const result = checkApproval(
      actor.personId,
      {
        state: meeting.minutesState,
        lockedAt: meeting.minutesLockedAt,
        adjusters,
        paragraphCount,
        presentPersonIds: present.map((row) => row.personId),
        currentHash,
      },
      parsed.contentHash,
    );
    switch (result.refusal) {
      case null:
        break;
      case 'LOCKED':
        throw new LockedError(t.locked);
      case 'NOT_ADJUSTER':
        throw new AuthorizationError('FORBIDDEN', t.notAdjuster);
      case 'NOT_READY':
        throw new ConflictError(t.notReady);
      case 'ABSENT':
        throw new ConflictError(t.adjusterAbsent);
      case 'ALREADY_APPROVED':
        throw new ConflictError(t.alreadyApproved);
      case 'ADJUSTERS_INCOMPLETE':
        throw new ConflictError(t.adjustersIncomplete);
      case 'NO_PARAGRAPHS':
        throw new ConflictError(t.noParagraphs);
      case 'CONTENT_CHANGED':
        throw new ConflictError(t.contentChanged);
    }
    return { meeting, adjusters, currentHash, locksMinutes: result.locksMinutes };
  };

  // The rules first (so a refused adjuster learns the real reason), then the password: a wrong
  // one is audited as a failure in its own transaction (the refusal rolls the other back).
  await db.$transaction(async (tx) => check(tx));
  await confirmAdjusterIdentity(db, { ...parsed, personId: actor.personId, now });

  return inMinutesTransaction(db, async (tx) => {
    const { meeting, adjusters, currentHash, locksMinutes } = await check(tx);
    const own = adjusters.find((adjuster) => adjuster.personId === actor.personId)!;
    const approved = await tx.adjuster.updateMany({
      where: { id: own.id, approvedAt: null },
      data: { approvedAt: now, contentHash: currentHash },
    });
    if (approved.count !== 1) throw new ConflictError(t.alreadyApproved);
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'minutes.approved',
      entityType: 'Adjuster',
      entityId: own.id,
      data: {
        before: { approvedAt: null, contentHash: null },
        after: { approvedAt: now.toISOString(), contentHash: currentHash },
        meetingId: meeting.id,
      },
    });

    if (locksMinutes) {
      await tx.meeting.update({
        where: { id: meeting.id },
        data: { minutesLockedAt: now, minutesState: 'LOCKED', status: 'MINUTES_LOCKED', version: { increment: 1 } },
      });
      await writeAuditEntry(tx, {
        associationId: parsed.associationId,
        personId: actor.personId,
        action: 'minutes.locked',
        entityType: 'Meeting',
        entityId: meeting.id,
        data: {
          before: { status: meeting.status, minutesState: meeting.minutesState, minutesLockedAt: null },
          after: { status: 'MINUTES_LOCKED', minutesState: 'LOCKED', minutesLockedAt: now.toISOString() },
          contentHash: currentHash,
        },
      });
      await onMinutesLocked(tx, {
        associationId: parsed.associationId,
        meetingId: meeting.id,
        lockedAt: now,
        personId: actor.personId,
      });
    }
    return { approvedAt: now, locked: locksMinutes, contentHash: currentHash };
  });
}
