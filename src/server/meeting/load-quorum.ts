import 'server-only';
import { calendarDateIn } from '@/domain/calendar/local-date';
import { loadAssociationRules } from '@/server/settings/load-association-rules';
import type { Prisma } from '@/generated/prisma/client';
import type { MeetingBody } from '@/generated/prisma/enums';
import {
  computeQuorum,
  type AttendanceForQuorum,
  type QuorumResult,
  type QuorumSettings,
  type SeatForQuorum,
} from '@/domain/meeting/quorum';
import type { Db } from '@/server/kernel/deps';

type Reader = Db | Prisma.TransactionClient;

/** Roles whose holders make up a body that has no board seats. */
const ROLE_BODIES: Partial<Record<MeetingBody, 'PREPARATION_GROUP' | 'MEMBER_REPRESENTATIVE'>> = {
  PREPARATION_GROUP: 'PREPARATION_GROUP',
  MEMBERS_CONSULTATION: 'MEMBER_REPRESENTATIVE',
};

/**
 * The seats that count for a meeting's quorum. Board: the board seats valid on the meeting's day.
 * Working committee: those of them marked `workingCommittee`. Preparation group and members'
 * consultation have no seats: each person holding the body's role (valid on the day) is one
 * ordinary "seat" (id `role:<personId>`), without deputies.
 */
export async function loadQuorumSeats(
  db: Reader,
  meeting: { associationId: string; body: MeetingBody; startsAt: Date },
): Promise<SeatForQuorum[]> {
  const { associationId, body, startsAt } = meeting;
  const role = ROLE_BODIES[body];
  if (role) {
    const holders = await db.roleAssignment.findMany({
      where: {
        associationId,
        role,
        AND: [
          { OR: [{ validFrom: null }, { validFrom: { lte: startsAt } }] },
          { OR: [{ validTo: null }, { validTo: { gte: startsAt } }] },
        ],
      },
      orderBy: { person: { name: 'asc' } },
      select: { personId: true },
    });
    return holders.map((h) => ({
      seatId: `role:${h.personId}`,
      personId: h.personId,
      kind: 'ORDINARY',
      deputyOrder: null,
      personalDeputyForId: null,
    }));
  }
  const seats = await db.boardSeat.findMany({
    where: {
      associationId,
      periodStart: { lte: startsAt },
      OR: [{ periodEnd: null }, { periodEnd: { gte: startsAt } }],
      ...(body === 'WORKING_COMMITTEE' ? { workingCommittee: true } : {}),
    },
    orderBy: [{ kind: 'asc' }, { deputyOrder: 'asc' }, { createdAt: 'asc' }],
    select: { id: true, personId: true, kind: true, deputyOrder: true, personalDeputyForId: true },
  });
  return seats.map((s) => ({
    seatId: s.id,
    personId: s.personId,
    kind: s.kind,
    deputyOrder: s.deputyOrder,
    personalDeputyForId: s.personalDeputyForId,
  }));
}

/**
 * The quorum rule in force in the year of the meeting (ADR 031) and the association's deputy mode
 * (domain.md's defaults when nothing is stored).
 */
export async function loadQuorumSettings(
  db: Reader,
  associationId: string,
  meetingDate: Date,
): Promise<QuorumSettings> {
  const rules = await loadAssociationRules(db, associationId, calendarDateIn(meetingDate).year);
  const settings = await db.associationSettings.findUnique({ where: { associationId }, select: { deputyMode: true } });
  return {
    rule: rules.quorumRule,
    fixedCount: rules.quorumFixedCount,
    deputyMode: settings?.deputyMode ?? 'ORDERED',
  };
}

/** The meeting's quorum from its recorded attendance. Throws when the meeting does not exist. */
export async function loadQuorum(db: Reader, meetingId: string): Promise<QuorumResult> {
  const meeting = await db.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    select: {
      associationId: true,
      body: true,
      startsAt: true,
      attendance: { select: { personId: true, status: true, servingForId: true, coOpted: true } },
    },
  });
  // One after the other: `db` may be a transaction client.
  const seats = await loadQuorumSeats(db, meeting);
  const settings = await loadQuorumSettings(db, meeting.associationId, meeting.startsAt);
  const attendance: AttendanceForQuorum[] = meeting.attendance.map((a) => ({
    personId: a.personId,
    present: a.status === 'PRESENT',
    servingForSeatId: a.servingForId,
    coOpted: a.coOpted,
  }));
  return computeQuorum(seats, attendance, settings);
}
