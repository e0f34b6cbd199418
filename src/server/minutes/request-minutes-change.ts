import 'server-only';
import { z } from 'zod';
import { checkChangeRequest } from '@/domain/minutes/minutes-lock';
import { format, messages } from '@/i18n/catalog';
import { formatLongDate } from '@/i18n/dates';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { prisma } from '@/server/db/client';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import { ConflictError, FieldValidationError, LockedError } from '@/server/kernel/use-case-errors';
import { inMinutesTransaction, lockMeeting } from './minutes-context';
import { id } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';

const schema = z.object({
  associationId: id,
  meetingId: id,
  comment: z
    .string()
    .max(5_000, { error: () => messages().minutes.errors.textTooLong })
    .default(''),
});

export type RequestMinutesChangeInput = z.input<typeof schema>;

/**
 * "Begär ändring": a chosen adjuster asks for a change with a comment instead of approving (ADR
 * 033). The request is stored, shown on the minutes page, sent as a notice to the secretary (or,
 * with none recorded, to nobody in particular: the office sees it on the page) and audited.
 */
export async function requestMinutesChange(
  input: RequestMinutesChangeInput,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<{ requestId: string }> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  const now = deps.now ?? new Date();
  await assertPermission(actor.personId, parsed.associationId, 'minutes.adjust', { db, now });
  const t = messages().minutes.errors;

  return inMinutesTransaction(db, async (tx) => {
    const meeting = await lockMeeting(tx, parsed.associationId, parsed.meetingId, 'share');
    if (meeting.status === 'CANCELLED') throw new ConflictError(t.cancelled);
    const adjusters = await tx.adjuster.findMany({
      where: { meetingId: meeting.id },
      select: { personId: true, approvedAt: true },
    });
    const comment = parsed.comment.trim();
    switch (
      checkChangeRequest(
        actor.personId,
        { state: meeting.minutesState, lockedAt: meeting.minutesLockedAt, adjusters },
        comment,
      )
    ) {
      case null:
        break;
      case 'LOCKED':
        throw new LockedError(t.locked);
      case 'NOT_ADJUSTER':
        throw new AuthorizationError('FORBIDDEN', t.notAdjuster);
      case 'NOT_READY':
        throw new ConflictError(t.notReady);
      case 'COMMENT_TOO_SHORT':
        throw new FieldValidationError({ comment: t.changeCommentTooShort });
    }
    const request = await tx.minutesChangeRequest.create({
      data: { meetingId: meeting.id, personId: actor.personId, comment, createdAt: now },
    });
    if (meeting.secretaryId) {
      const person = await tx.person.findUniqueOrThrow({ where: { id: actor.personId }, select: { name: true } });
      await tx.notice.create({
        data: {
          associationId: parsed.associationId,
          personId: meeting.secretaryId,
          meetingId: meeting.id,
          text: format(messages().minutes.changeRequestNotice, {
            name: person.name,
            meeting: meeting.title,
            date: formatLongDate(meeting.startsAt),
          }),
        },
      });
    }
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'minutes.changeRequested',
      entityType: 'MinutesChangeRequest',
      entityId: request.id,
      data: { after: { meetingId: meeting.id, comment } },
    });
    return { requestId: request.id };
  });
}
