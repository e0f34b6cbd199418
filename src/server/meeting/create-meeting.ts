import 'server-only';
import { z } from 'zod';
import { STANDARD_AGENDA } from '@/domain/meeting/agenda';
import { messages } from '@/i18n/catalog';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import { BODIES, meetingDetailsSchema } from './meeting-input';
import { id } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';

export interface CreateMeetingInput {
  associationId: string;
  body: (typeof BODIES)[number];
  title: string;
  startsAt: string;
  location?: string;
}

const schema = meetingDetailsSchema.extend({
  associationId: id,
  body: z.enum(BODIES, { error: () => messages().governance.fields.invalid }),
});

/** Plans a meeting of a body with the standard agenda (opening, adjusters, agenda, economic follow-up, matters, other, closing). */
export async function createMeeting(
  input: CreateMeetingInput,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<{ meetingId: string }> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'meeting.manage', { db, now: deps.now });
  const titles = messages().governance.agendaTitles;
  return db.$transaction(async (tx) => {
    const meeting = await tx.meeting.create({
      data: {
        associationId: parsed.associationId,
        body: parsed.body,
        title: parsed.title,
        startsAt: parsed.startsAt,
        location: parsed.location,
        status: 'PLANNED',
      },
    });
    await tx.agendaItem.createMany({
      data: STANDARD_AGENDA.map((kind, order) => ({ meetingId: meeting.id, order, kind, title: titles[kind] })),
    });
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'meeting.created',
      entityType: 'Meeting',
      entityId: meeting.id,
      data: {
        after: {
          body: meeting.body,
          title: meeting.title,
          startsAt: meeting.startsAt.toISOString(),
          location: meeting.location,
          agenda: STANDARD_AGENDA.map((kind) => titles[kind]),
        },
      },
    });
    return { meetingId: meeting.id };
  });
}
