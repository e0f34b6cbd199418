import 'server-only';
import { decisionDateRefusal } from '@/domain/minutes/decision-date';
import { messages } from '@/i18n/catalog';
import { assertPermission } from '@/server/authz/assert-permission';
import { ConflictError } from '@/server/kernel/use-case-errors';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import { loadBodyMembers } from './body-members';
import { bumpMeetingVersion, loadEditableMeeting } from './meeting-common';
import { enqueueMeetingMail } from './meeting-mail';
import { meetingDetailsSchema } from './meeting-input';
import { id, version } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';

const schema = meetingDetailsSchema.extend({ associationId: id, meetingId: id, version });

/** Changes a planned meeting's title, time and place (or link). */
export async function updateMeeting(
  input: {
    associationId: string;
    meetingId: string;
    version: number;
    title: string;
    startsAt: string;
    location?: string;
  },
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<{ version: number }> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  const now = deps.now ?? new Date();
  await assertPermission(actor.personId, parsed.associationId, 'meeting.manage', { db, now });
  return db.$transaction(async (tx) => {
    const meeting = await loadEditableMeeting(tx, parsed);
    // Its decisions are dated the meeting: it cannot move to a day that has not come (ADR 034).
    if (
      decisionDateRefusal(parsed.startsAt, now) &&
      (await tx.decision.count({ where: { meetingId: meeting.id } })) > 0
    )
      throw new ConflictError(messages().governance.refusals.decisionsBeforeMeeting);
    const newVersion = await bumpMeetingVersion(tx, meeting.id, parsed.version, {
      title: parsed.title,
      startsAt: parsed.startsAt,
      location: parsed.location,
    });
    const before = { title: meeting.title, startsAt: meeting.startsAt.toISOString(), location: meeting.location };
    const after = { title: parsed.title, startsAt: parsed.startsAt.toISOString(), location: parsed.location };
    const changed = (Object.keys(after) as (keyof typeof after)[]).filter((k) => before[k] !== after[k]);
    // Once the notice is out, the members' calendars hold the meeting: a change of what they hold
    // (title, time, place) goes to them as an updated invitation.
    if (meeting.noticeSentAt && meeting.status === 'NOTICE_SENT' && changed.length > 0) {
      const updated = { ...meeting, title: parsed.title, startsAt: parsed.startsAt, location: parsed.location ?? '' };
      const members = await loadBodyMembers(tx, updated);
      await enqueueMeetingMail(tx, updated, members, { variant: 'UPDATE', sequence: newVersion, now });
    }
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'meeting.updated',
      entityType: 'Meeting',
      entityId: meeting.id,
      data: {
        before: Object.fromEntries(changed.map((k) => [k, before[k]])),
        after: Object.fromEntries(changed.map((k) => [k, after[k]])),
      },
    });
    return { version: newVersion };
  });
}
