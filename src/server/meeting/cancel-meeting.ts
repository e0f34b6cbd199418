import 'server-only';
import { z } from 'zod';
import { cancelRefusal } from '@/domain/meeting/cancel';
import { format, messages } from '@/i18n/catalog';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import { ConflictError } from '@/server/kernel/use-case-errors';
import { id, version } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { loadBodyMembers } from './body-members';
import { bumpMeetingVersion, loadMeeting, requireVersion } from './meeting-common';
import { enqueueMeetingMail } from './meeting-mail';

const schema = z.object({ associationId: id, meetingId: id, version });

/**
 * Cancels a meeting before it is held (status CANCELLED). When the notice was already sent, the
 * body's members get a cancellation with an .ics CANCEL, so the meeting leaves their calendars.
 */
export async function cancelMeeting(
  input: { associationId: string; meetingId: string; version: number },
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<{ version: number; notified: number }> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  const now = deps.now ?? new Date();
  await assertPermission(actor.personId, parsed.associationId, 'meeting.manage', { db, now });
  const t = messages();
  return db.$transaction(async (tx) => {
    const meeting = await loadMeeting(tx, parsed.associationId, parsed.meetingId);
    await requireVersion(tx, meeting, parsed.version);
    const refusal = cancelRefusal(meeting, now);
    if (refusal === 'NOT_OPEN')
      throw new ConflictError(
        format(t.mail.cancelMeeting.notOpen, { status: t.areas.meetingStatus[meeting.status].toLowerCase() }),
      );
    if (refusal === 'STARTED') throw new ConflictError(t.mail.cancelMeeting.started);
    const newVersion = await bumpMeetingVersion(tx, meeting.id, parsed.version, { status: 'CANCELLED' });
    const members = meeting.noticeSentAt ? await loadBodyMembers(tx, meeting) : [];
    if (members.length > 0)
      await enqueueMeetingMail(tx, meeting, members, { variant: 'CANCEL', sequence: newVersion, now });
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'meeting.cancelled',
      entityType: 'Meeting',
      entityId: meeting.id,
      data: {
        before: { status: meeting.status },
        after: { status: 'CANCELLED' },
        notified: members.map((m) => m.personId),
      },
    });
    return { version: newVersion, notified: members.length };
  });
}
