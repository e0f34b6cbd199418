import 'server-only';
import { z } from 'zod';
import { checkReady } from '@/domain/minutes/minutes-lock';
import { messages } from '@/i18n/catalog';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { prisma } from '@/server/db/client';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import { ConflictError, LockedError } from '@/server/kernel/use-case-errors';
import { assertMinutesOpen, inMinutesTransaction, lockMeeting } from './minutes-context';
import { id } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';

const schema = z.object({ associationId: id, meetingId: id });

export type MarkMinutesReadyInput = z.input<typeof schema>;

/**
 * The secretary (or, with none recorded, the office that writes the minutes) marks the minutes
 * ready for adjustment (DRAFT → READY), on or after the meeting's day in Swedish time (ADR 033).
 * From then on the adjusters may approve, and the paragraphs keep their order.
 */
export async function markMinutesReady(
  input: MarkMinutesReadyInput,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<{ readyAt: Date }> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  const now = deps.now ?? new Date();
  await assertPermission(actor.personId, parsed.associationId, 'minutes.write', { db, now });
  const t = messages().minutes.errors;

  return inMinutesTransaction(db, async (tx) => {
    const meeting = await lockMeeting(tx, parsed.associationId, parsed.meetingId, 'update');
    assertMinutesOpen(meeting);
    const paragraphCount = await tx.minutesParagraph.count({ where: { meetingId: meeting.id } });
    const refusal = checkReady(
      actor.personId,
      {
        state: meeting.minutesState,
        lockedAt: meeting.minutesLockedAt,
        startsAt: meeting.startsAt,
        secretaryId: meeting.secretaryId,
        paragraphCount,
      },
      now,
    );
    switch (refusal) {
      case null:
        break;
      case 'LOCKED':
        throw new LockedError(t.locked);
      case 'ALREADY_READY':
        throw new ConflictError(t.alreadyReady);
      case 'NOT_SECRETARY':
        throw new AuthorizationError('FORBIDDEN', t.notSecretary);
      case 'BEFORE_MEETING_DAY':
        throw new ConflictError(t.beforeMeetingDay);
      case 'NO_PARAGRAPHS':
        throw new ConflictError(t.noParagraphs);
    }
    await tx.meeting.update({
      where: { id: meeting.id },
      data: { minutesState: 'READY', minutesReadyAt: now, version: { increment: 1 } },
    });
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'minutes.markedReady',
      entityType: 'Meeting',
      entityId: meeting.id,
      data: {
        before: { minutesState: meeting.minutesState, minutesReadyAt: null },
        after: { minutesState: 'READY', minutesReadyAt: now.toISOString() },
      },
    });
    return { readyAt: now };
  });
}
