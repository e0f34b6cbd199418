import 'server-only';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { prisma } from '@/server/db/client';
import { loadBodyMembers } from './body-members';
import { loadQuorum, loadQuorumSettings } from './load-quorum';
import type { UseCaseDeps } from '@/server/kernel/deps';

/**
 * One meeting for its page: details, agenda with documents, the body's members, recorded attendance,
 * quorum and rule, the association's other people (possible co-opted) and the prepared matters that
 * can go on the agenda. Null when the meeting is not in this association.
 */
export async function getMeeting(associationId: string, meetingId: string, actor: Actor, options: UseCaseDeps = {}) {
  const db = options.db ?? prisma;
  await assertPermission(actor.personId, associationId, 'meeting.read', { db });
  const meeting = await db.meeting.findFirst({
    where: { id: meetingId, associationId },
    include: {
      agendaItems: {
        orderBy: { order: 'asc' },
        include: {
          matter: { select: { id: true, year: true, number: true, status: true } },
          attachments: { orderBy: { createdAt: 'asc' }, select: { id: true, fileName: true } },
        },
      },
      attendance: { select: { personId: true, status: true, servingForId: true, coOpted: true } },
      _count: { select: { notices: true } },
    },
  });
  if (!meeting) return null;
  const members = await loadBodyMembers(db, meeting);
  const quorum = await loadQuorum(db, meeting.id);
  const settings = await loadQuorumSettings(db, associationId, meeting.startsAt);
  const memberIds = new Set(members.map((m) => m.personId));
  const others = (
    await db.roleAssignment.findMany({
      where: { associationId },
      select: { person: { select: { id: true, name: true } } },
      orderBy: { person: { name: 'asc' } },
    })
  )
    .map((r) => r.person)
    .filter((p, i, all) => !memberIds.has(p.id) && all.findIndex((q) => q.id === p.id) === i);
  const preparedMatters = await db.matter.findMany({
    where: { associationId, status: 'PREPARED' },
    orderBy: [{ year: 'asc' }, { number: 'asc' }],
    select: { id: true, year: true, number: true, title: true, version: true },
  });
  return { meeting, members, quorum, settings, others, preparedMatters };
}

export type MeetingDetails = NonNullable<Awaited<ReturnType<typeof getMeeting>>>;
