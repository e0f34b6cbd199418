import 'server-only';
import { z } from 'zod';
import { checkApproval } from '@/domain/minutes/minutes-lock';
import { messages } from '@/i18n/catalog';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { assertPermission } from '@/server/authz/assert-permission';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import type { Actor } from '@/server/authz/session-actor';
import { prisma } from '@/server/db/client';
import { ConflictError, LockedError } from '@/server/kernel/use-case-errors';
import { inMinutesTransaction, lockMeeting } from './minutes-context';
import { onMinutesLocked } from './on-minutes-locked';
import { id } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';

const schema = z.object({ associationId: id, meetingId: id });

export type ApproveMinutesInput = z.input<typeof schema>;

/**
 * A chosen adjuster approves (justerar) the minutes, as themselves. The second approval locks the
 * minutes in the same transaction: `minutesLockedAt` and status MINUTES_LOCKED are set last, after
 * the approval row, so the lock trigger never has to let anything through.
 */
export async function approveMinutes(
  input: ApproveMinutesInput,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<{ approvedAt: Date; locked: boolean }> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  const now = deps.now ?? new Date();
  await assertPermission(actor.personId, parsed.associationId, 'minutes.adjust', { db, now });
  const t = messages().minutes.errors;

  return inMinutesTransaction(db, async (tx) => {
    // FOR UPDATE: two adjusters approving at the same moment take turns, so the second sees the first.
    const meeting = await lockMeeting(tx, parsed.associationId, parsed.meetingId, 'update');
    if (meeting.status === 'CANCELLED') throw new ConflictError(t.cancelled);
    const adjusters = await tx.adjuster.findMany({
      where: { meetingId: meeting.id },
      select: { id: true, personId: true, approvedAt: true },
    });
    const paragraphCount = await tx.minutesParagraph.count({ where: { meetingId: meeting.id } });
    const { refusal, locksMinutes } = checkApproval(actor.personId, {
      lockedAt: meeting.minutesLockedAt,
      adjusters,
      paragraphCount,
    });
    switch (refusal) {
      case null:
        break;
      case 'LOCKED':
        throw new LockedError(t.locked);
      case 'NOT_ADJUSTER':
        throw new AuthorizationError('FORBIDDEN', t.notAdjuster);
      case 'ALREADY_APPROVED':
        throw new ConflictError(t.alreadyApproved);
      case 'ADJUSTERS_INCOMPLETE':
        throw new ConflictError(t.adjustersIncomplete);
      case 'NO_PARAGRAPHS':
        throw new ConflictError(t.noParagraphs);
    }

    const own = adjusters.find((adjuster) => adjuster.personId === actor.personId)!;
    const approved = await tx.adjuster.updateMany({
      where: { id: own.id, approvedAt: null },
      data: { approvedAt: now },
    });
    if (approved.count !== 1) throw new ConflictError(t.alreadyApproved);
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'minutes.approved',
      entityType: 'Adjuster',
      entityId: own.id,
      data: { before: { approvedAt: null }, after: { approvedAt: now.toISOString() }, meetingId: meeting.id },
    });

    if (locksMinutes) {
      await tx.meeting.update({
        where: { id: meeting.id },
        data: { minutesLockedAt: now, status: 'MINUTES_LOCKED', version: { increment: 1 } },
      });
      await writeAuditEntry(tx, {
        associationId: parsed.associationId,
        personId: actor.personId,
        action: 'minutes.locked',
        entityType: 'Meeting',
        entityId: meeting.id,
        data: {
          before: { status: meeting.status, minutesLockedAt: null },
          after: { status: 'MINUTES_LOCKED', minutesLockedAt: now.toISOString() },
        },
      });
      await onMinutesLocked(tx, {
        associationId: parsed.associationId,
        meetingId: meeting.id,
        lockedAt: now,
        personId: actor.personId,
      });
    }
    return { approvedAt: now, locked: locksMinutes };
  });
}
