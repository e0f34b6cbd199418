import 'server-only';
import { z } from 'zod';
import { format, messages } from '@/i18n/catalog';
import { formatDateTime } from '@/i18n/dates';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import { ConflictError } from '@/server/kernel/use-case-errors';
import { loadBodyMembers } from './body-members';
import { enqueueMeetingMail } from './meeting-mail';
import { bumpMeetingVersion, loadMeeting, requireVersion } from './meeting-common';
import { id, version } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';

const schema = z.object({ associationId: id, meetingId: id, version });

/**
 * Sends the notice (kallelse) with the agenda: an in-app Notice and a mail (through the outbox,
 * ADR 027) to each member of the body, the meeting NOTICE_SENT. Sending again (after the agenda changed) notifies everyone again.
 */
export async function sendNotice(
  input: { associationId: string; meetingId: string; version: number },
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<{ version: number; recipients: number }> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  const now = deps.now ?? new Date();
  await assertPermission(actor.personId, parsed.associationId, 'meeting.manage', { db, now });
  const t = messages();
  return db.$transaction(async (tx) => {
    const meeting = await loadMeeting(tx, parsed.associationId, parsed.meetingId);
    await requireVersion(tx, meeting, parsed.version);
    if (meeting.status !== 'PLANNED' && meeting.status !== 'NOTICE_SENT') {
      throw new ConflictError(
        format(t.governance.refusals.noticeNotAllowed, { status: t.areas.meetingStatus[meeting.status].toLowerCase() }),
      );
    }
    const members = await loadBodyMembers(tx, meeting);
    if (members.length === 0) throw new ConflictError(t.governance.refusals.noRecipients);
    const text = format(t.governance.meetings.noticeText, {
      body: t.areas.meetingBody[meeting.body].toLowerCase(),
      when: formatDateTime(meeting.startsAt),
      location: meeting.location || '–',
      title: meeting.title,
    });
    await tx.notice.createMany({
      data: members.map((m) => ({
        associationId: parsed.associationId,
        personId: m.personId,
        meetingId: meeting.id,
        text,
        createdAt: now,
      })),
    });
    const newVersion = await bumpMeetingVersion(tx, meeting.id, parsed.version, {
      status: 'NOTICE_SENT',
      noticeSentAt: now,
    });
    // Sent again (the agenda changed): the members already hold the meeting, so it is an update.
    const variant = meeting.status === 'NOTICE_SENT' ? 'UPDATE' : 'NOTICE';
    await enqueueMeetingMail(tx, meeting, members, { variant, sequence: newVersion, now });
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'meeting.noticeSent',
      entityType: 'Meeting',
      entityId: meeting.id,
      data: {
        before: { status: meeting.status, noticeSentAt: meeting.noticeSentAt?.toISOString() ?? null },
        after: { status: 'NOTICE_SENT', noticeSentAt: now.toISOString() },
        // Who was notified: the notices made, not a field of the meeting.
        recipients: members.map((m) => m.personId),
      },
    });
    return { version: newVersion, recipients: members.length };
  });
}
