// Page reader: no permission check of its own. It relies on the page's requireAssociationAccess(slug, 'settings.read').
import 'server-only';
import type { Role } from '@/domain/authz/roles';
import { dayOf } from '@/domain/board/term-dates';
import type { SeatKind } from '@/generated/prisma/enums';
import { prisma } from '@/server/db/client';
import type { Db } from '@/server/kernel/deps';

export interface SeatRow {
  id: string;
  version: number;
  kind: SeatKind;
  person: { id: string; name: string };
  members: { id: string; name: string }[];
  deputyOrder: number | null;
  personalDeputyFor: { seatId: string; holderName: string } | null;
  workingCommittee: boolean;
  from: string;
  to: string | null;
  /** Ended before today (shown behind the history toggle). */
  past: boolean;
}

export interface RoleTermRow {
  id: string;
  version: number;
  role: Role;
  person: { id: string; name: string };
  member: { id: string; name: string } | null;
  from: string | null;
  to: string | null;
  past: boolean;
}

const SEAT_ORDER: Record<SeatKind, number> = { ORDINARY: 0, DEPUTY: 1, CO_OPTED: 2 };

/** The association's seats and role terms (current, coming and past), and what the forms choose from. */
export async function getBoardSettings(associationId: string, options: { now: Date; db?: Db }) {
  const db = options.db ?? prisma;
  const { now } = options;
  const [settings, members, seats, terms] = await Promise.all([
    db.associationSettings.findUnique({ where: { associationId }, select: { deputyMode: true } }),
    db.member.findMany({
      where: { associationId },
      orderBy: [{ order: 'asc' }, { name: 'asc' }],
      select: { id: true, name: true },
    }),
    db.boardSeat.findMany({
      where: { associationId },
      orderBy: [{ periodStart: 'asc' }, { createdAt: 'asc' }],
      select: {
        id: true,
        version: true,
        kind: true,
        deputyOrder: true,
        workingCommittee: true,
        periodStart: true,
        periodEnd: true,
        person: { select: { id: true, name: true } },
        appointedBy: { select: { member: { select: { id: true, name: true, order: true } } } },
        personalDeputyFor: { select: { id: true, person: { select: { name: true } } } },
      },
    }),
    db.roleAssignment.findMany({
      where: { associationId },
      orderBy: [{ validFrom: 'asc' }, { createdAt: 'asc' }],
      select: {
        id: true,
        version: true,
        role: true,
        validFrom: true,
        validTo: true,
        person: { select: { id: true, name: true } },
        member: { select: { id: true, name: true } },
      },
    }),
  ]);

  const seatRows: SeatRow[] = seats
    .map((seat) => ({
      id: seat.id,
      version: seat.version,
      kind: seat.kind,
      person: seat.person,
      members: seat.appointedBy
        .map((link) => link.member)
        .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'sv'))
        .map(({ id, name }) => ({ id, name })),
      deputyOrder: seat.deputyOrder,
      personalDeputyFor: seat.personalDeputyFor
        ? { seatId: seat.personalDeputyFor.id, holderName: seat.personalDeputyFor.person.name }
        : null,
      workingCommittee: seat.workingCommittee,
      from: dayOf(seat.periodStart),
      to: seat.periodEnd ? dayOf(seat.periodEnd) : null,
      past: seat.periodEnd !== null && seat.periodEnd < now,
    }))
    .sort((a, b) => SEAT_ORDER[a.kind] - SEAT_ORDER[b.kind] || (a.deputyOrder ?? 0) - (b.deputyOrder ?? 0));

  const termRows: RoleTermRow[] = terms.map((term) => ({
    id: term.id,
    version: term.version,
    role: term.role,
    person: term.person,
    member: term.member,
    from: term.validFrom ? dayOf(term.validFrom) : null,
    to: term.validTo ? dayOf(term.validTo) : null,
    past: term.validTo !== null && term.validTo < now,
  }));

  const people = new Map<string, { id: string; name: string }>();
  for (const term of terms) people.set(term.person.id, term.person);

  return {
    deputyMode: settings?.deputyMode ?? ('ORDERED' as const),
    members,
    people: [...people.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv')),
    seats: seatRows,
    roleTerms: termRows,
    today: dayOf(now),
  };
}

export type BoardSettings = Awaited<ReturnType<typeof getBoardSettings>>;
