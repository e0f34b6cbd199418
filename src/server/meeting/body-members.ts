import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { MeetingBody, SeatKind } from '@/generated/prisma/enums';
import type { Db } from '@/server/kernel/deps';

export interface BodyMember {
  personId: string;
  name: string;
  email: string;
  /** The person's seat on the board (board and working committee); null for role-based bodies. */
  seat: { seatId: string; kind: SeatKind; deputyOrder: number | null; personalDeputyForId: string | null } | null;
}

type Reader = Db | Prisma.TransactionClient;

const SEAT_ORDER: Record<SeatKind, number> = { ORDINARY: 0, DEPUTY: 1, CO_OPTED: 2 };

function validOn(date: Date) {
  return {
    AND: [
      { OR: [{ validFrom: null }, { validFrom: { lte: date } }] },
      { OR: [{ validTo: null }, { validTo: { gte: date } }] },
    ],
  };
}

/**
 * Who is called to a meeting of a body, on the meeting's day. Board: everyone with a board seat
 * (ordinary, deputy, co-opted). Working committee: the seats marked `workingCommittee`.
 * Preparation group: role PREPARATION_GROUP. Members' consultation: role MEMBER_REPRESENTATIVE.
 */
export async function loadBodyMembers(
  db: Reader,
  meeting: { associationId: string; body: MeetingBody; startsAt: Date },
): Promise<BodyMember[]> {
  const { associationId, body, startsAt } = meeting;
  if (body === 'PREPARATION_GROUP' || body === 'MEMBERS_CONSULTATION') {
    const role = body === 'PREPARATION_GROUP' ? 'PREPARATION_GROUP' : 'MEMBER_REPRESENTATIVE';
    const rows = await db.roleAssignment.findMany({
      where: { associationId, role, ...validOn(startsAt) },
      select: { person: { select: { id: true, name: true, email: true } } },
      orderBy: { person: { name: 'asc' } },
    });
    const seen = new Set<string>();
    return rows
      .filter((r) => !seen.has(r.person.id) && seen.add(r.person.id))
      .map((r) => ({ personId: r.person.id, name: r.person.name, email: r.person.email, seat: null }));
  }
  const seats = await db.boardSeat.findMany({
    where: {
      associationId,
      periodStart: { lte: startsAt },
      OR: [{ periodEnd: null }, { periodEnd: { gte: startsAt } }],
      ...(body === 'WORKING_COMMITTEE' ? { workingCommittee: true } : {}),
    },
    select: {
      id: true,
      kind: true,
      deputyOrder: true,
      personalDeputyForId: true,
      createdAt: true,
      person: { select: { id: true, name: true, email: true } },
    },
  });
  seats.sort(
    (a, b) =>
      SEAT_ORDER[a.kind] - SEAT_ORDER[b.kind] ||
      (a.deputyOrder ?? 0) - (b.deputyOrder ?? 0) ||
      a.createdAt.getTime() - b.createdAt.getTime(),
  );
  const seen = new Set<string>();
  return seats
    .filter((s) => !seen.has(s.person.id) && seen.add(s.person.id))
    .map((s) => ({
      personId: s.person.id,
      name: s.person.name,
      email: s.person.email,
      seat: { seatId: s.id, kind: s.kind, deputyOrder: s.deputyOrder, personalDeputyForId: s.personalDeputyForId },
    }));
}
