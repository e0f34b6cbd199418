// Page reader: checks no permission itself. It relies on the minutes page's requireAssociationAccess(slug,
// 'meeting.read') (sammantraden/[meetingId]/protokoll); the use cases that reuse it (minutes PDF, public records
// export) check their own permission first.
import 'server-only';
import { minutesContentHash } from '@/domain/minutes/minutes-content';
import { minutesState } from '@/domain/minutes/minutes-lock';
import { tallyVotes } from '@/domain/minutes/votes';
import { prisma } from '@/server/db/client';
import { loadAdjusterCandidates } from '../adjuster-candidates';
import { loadMinutesContent } from '@/server/minutes-adjustment/minutes-content';
import type { Db } from '@/server/kernel/deps';

/**
 * Everything the minutes page and the PDF show about one meeting of the association; null when
 * the meeting is not the association's. Callers have checked meeting.read.
 */
export async function getMinutes(associationId: string, meetingId: string, options: { db?: Db } = {}) {
  const db = options.db ?? prisma;
  const meeting = await db.meeting.findFirst({
    where: { id: meetingId, associationId },
    select: {
      id: true,
      associationId: true,
      title: true,
      body: true,
      startsAt: true,
      location: true,
      status: true,
      minutesLockedAt: true,
      minutesState: true,
      minutesReadyAt: true,
      chairId: true,
      secretaryId: true,
      chair: { select: { name: true } },
      secretary: { select: { name: true } },
      changeRequests: {
        orderBy: { createdAt: 'asc' },
        select: { id: true, comment: true, createdAt: true, person: { select: { name: true } } },
      },
      association: { select: { name: true } },
      attendance: {
        select: {
          personId: true,
          status: true,
          coOpted: true,
          person: { select: { name: true } },
          seat: { select: { kind: true } },
          servingFor: { select: { person: { select: { name: true } } } },
        },
      },
      agendaItems: {
        orderBy: { order: 'asc' },
        select: {
          id: true,
          order: true,
          kind: true,
          title: true,
          matterId: true,
          _count: { select: { paragraphs: true } },
        },
      },
      adjusters: {
        orderBy: { id: 'asc' },
        select: {
          id: true,
          personId: true,
          approvedAt: true,
          contentHash: true,
          person: { select: { name: true } },
        },
      },
      paragraphs: {
        orderBy: { number: 'asc' },
        select: {
          id: true,
          year: true,
          number: true,
          title: true,
          discussion: true,
          decisionText: true,
          version: true,
          agendaItemId: true,
          matterId: true,
          interventionId: true,
          planId: true,
          matter: {
            select: {
              id: true,
              year: true,
              number: true,
              title: true,
              kind: true,
              status: true,
              planId: true,
              interventionId: true,
            },
          },
          intervention: { select: { id: true, name: true } },
          plan: { select: { id: true, year: true, title: true, versionNumber: true, status: true } },
          corrects: {
            select: { id: true, number: true, year: true, meeting: { select: { title: true, startsAt: true } } },
          },
          corrections: { select: { id: true, number: true, year: true } },
          decision: { select: { id: true, text: true, decidedAt: true } },
          votes: {
            orderBy: { person: { name: 'asc' } },
            select: { personId: true, choice: true, reservation: true, person: { select: { name: true } } },
          },
        },
      },
    },
  });
  if (!meeting) return null;

  const { quorum, eligible } = await loadAdjusterCandidates(db, meeting);
  const names = new Map(meeting.attendance.map((row) => [row.personId, row.person.name]));
  const nameOf = (personId: string) => names.get(personId) ?? '';
  const seatKinds = await db.boardSeat.findMany({
    where: {
      associationId,
      personId: { in: meeting.attendance.map((row) => row.personId) },
      periodStart: { lte: meeting.startsAt },
      OR: [{ periodEnd: null }, { periodEnd: { gte: meeting.startsAt } }],
    },
    select: { personId: true, kind: true },
  });
  const seatKindOf = new Map(seatKinds.map((seat) => [seat.personId, seat.kind]));

  // Only ordinary members are absent (a kommunalförbund's minutes list the deputies present and the
  // absent ordinary members): a deputy who did not serve, or an official who did not attend, is left out.
  const attendance = meeting.attendance
    .map((row) => ({
      personId: row.personId,
      name: row.person.name,
      present: row.status === 'PRESENT',
      coOpted: row.coOpted,
      seatKind: row.coOpted ? ('CO_OPTED' as const) : (row.seat?.kind ?? seatKindOf.get(row.personId) ?? null),
      servingForName: row.servingFor?.person.name ?? null,
      voter: quorum.voterPersonIds.includes(row.personId),
    }))
    .filter((row) => row.present || row.seatKind === 'ORDINARY')
    .sort((a, b) => Number(b.voter) - Number(a.voter) || a.name.localeCompare(b.name, 'sv'));

  const paragraphs = meeting.paragraphs.map((paragraph) => ({
    ...paragraph,
    tally: paragraph.votes.length > 0 ? tallyVotes(paragraph.votes) : null,
  }));
  const state = minutesState(meeting.minutesState, meeting.minutesLockedAt, meeting.adjusters);
  const contentHash = minutesContentHash(await loadMinutesContent(db, meeting.id));
  return {
    meeting: {
      id: meeting.id,
      title: meeting.title,
      body: meeting.body,
      startsAt: meeting.startsAt,
      location: meeting.location,
      status: meeting.status,
      minutesLockedAt: meeting.minutesLockedAt,
      minutesReadyAt: meeting.minutesReadyAt,
      chairId: meeting.chairId,
      secretaryId: meeting.secretaryId,
      chairName: meeting.chair?.name ?? null,
      secretaryName: meeting.secretary?.name ?? null,
      associationName: meeting.association.name,
    },
    state,
    /** SHA-256 of the current content (ADR 033): what an approval now would be bound to. */
    contentHash,
    changeRequests: meeting.changeRequests.map((request) => ({
      id: request.id,
      name: request.person.name,
      comment: request.comment,
      createdAt: request.createdAt,
    })),
    quorum,
    attendance,
    agendaItems: meeting.agendaItems.map(({ _count, ...item }) => ({ ...item, hasParagraph: _count.paragraphs > 0 })),
    paragraphs,
    adjusters: meeting.adjusters.map((adjuster) => ({
      id: adjuster.id,
      personId: adjuster.personId,
      name: adjuster.person.name,
      approvedAt: adjuster.approvedAt,
      contentHash: adjuster.contentHash,
      present: meeting.attendance.some((row) => row.personId === adjuster.personId && row.status === 'PRESENT'),
    })),
    voters: quorum.voterPersonIds.map((personId) => ({ personId, name: nameOf(personId) })),
    eligibleAdjusters: eligible
      .map((personId) => ({ personId, name: nameOf(personId) }))
      .sort((a, b) => a.name.localeCompare(b.name, 'sv')),
  };
}

export type Minutes = NonNullable<Awaited<ReturnType<typeof getMinutes>>>;

/** What a paragraph may link to, and the locked paragraphs a correction may point at (for the writing forms). */
export async function getMinutesFormOptions(
  associationId: string,
  meeting: { id: string; startsAt: Date },
  options: { db?: Db } = {},
) {
  const db = options.db ?? prisma;
  const [matters, interventions, plans, correctable, people] = await Promise.all([
    db.matter.findMany({
      where: { associationId, status: { not: 'WITHDRAWN' } },
      orderBy: [{ year: 'desc' }, { number: 'desc' }],
      select: { id: true, year: true, number: true, title: true },
    }),
    db.intervention.findMany({ where: { associationId }, orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    db.plan.findMany({
      where: { associationId },
      orderBy: [{ year: 'desc' }, { versionNumber: 'desc' }],
      select: { id: true, year: true, title: true, versionNumber: true },
    }),
    db.minutesParagraph.findMany({
      where: { associationId, meeting: { minutesLockedAt: { not: null }, startsAt: { lt: meeting.startsAt } } },
      orderBy: [{ year: 'desc' }, { number: 'desc' }],
      take: 200,
      select: { id: true, year: true, number: true, title: true },
    }),
    // Who may keep the minutes besides those present: the association's people (the office).
    db.person.findMany({
      where: { roles: { some: { associationId } }, deactivatedAt: null },
      orderBy: { name: 'asc' },
      select: { id: true, name: true },
      take: 500,
    }),
  ]);
  return {
    matters,
    interventions,
    plans,
    correctable,
    people: people.map((person) => ({ personId: person.id, name: person.name })),
  };
}

export type MinutesFormOptions = Awaited<ReturnType<typeof getMinutesFormOptions>>;
