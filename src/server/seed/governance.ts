import { STANDARD_AGENDA } from '@/domain/meeting/agenda';
import { messages } from '@/i18n/catalog';
import { nextBoardMeeting } from './finsamgotland';
import { date, type Tx } from './seed-helpers';

async function ensureStandardAgenda(tx: Tx, meetingId: string) {
  if ((await tx.agendaItem.count({ where: { meetingId } })) > 0) return;
  const titles = messages().governance.agendaTitles;
  await tx.agendaItem.createMany({
    data: STANDARD_AGENDA.map((kind, order) => ({ meetingId, order, kind, title: titles[kind] })),
  });
}

async function nextNumber(tx: Tx, associationId: string, year: number) {
  const last = await tx.matter.aggregate({ where: { associationId, year }, _max: { number: true } });
  return (last._max.number ?? 0) + 1;
}

/**
 * Matters and meetings for the demo: in FinsamGotland a member party's application (RAISED, by the
 * region's member representative) and a standard agenda on the upcoming board meeting; in Sjöbygden
 * an upcoming board meeting with the standard agenda and a municipality's application (RAISED, by
 * its member representative). Each member representative represents that member.
 */
export async function seedGovernanceDemo(tx: Tx, people: Record<string, string>) {
  const gotland = await tx.association.findUniqueOrThrow({ where: { slug: 'finsamgotland' }, select: { id: true } });
  const region = await tx.member.findFirstOrThrow({ where: { associationId: gotland.id, kind: 'REGION' } });
  const upcoming = await tx.meeting.findFirst({
    where: { associationId: gotland.id, body: 'BOARD', status: 'PLANNED' },
    orderBy: { startsAt: 'asc' },
  });
  if (upcoming) await ensureStandardAgenda(tx, upcoming.id);
  await tx.matter.create({
    data: {
      associationId: gotland.id,
      year: 2026,
      number: await nextNumber(tx, gotland.id, 2026),
      kind: 'APPLICATION',
      title: 'Ansökan om samverkansmedel: förstudie IPS Gotland 2027',
      description:
        'Region Gotland ansöker om medel för en förstudie om arbete med IPS (Individual Placement and Support) tillsammans med Arbetsförmedlingen.',
      status: 'RAISED',
      raisedById: people['medlem@finsamgotland.se']!,
      raisedByMemberId: region.id,
      requestedAmount: '350000',
      periodStart: date('2027-01-01'),
      periodEnd: date('2027-06-30'),
    },
  });

  const sjobygden = await tx.association.findUniqueOrThrow({ where: { slug: 'sjobygden' }, select: { id: true } });
  const sjostad = await tx.member.findFirstOrThrow({ where: { associationId: sjobygden.id, name: 'Sjöstads kommun' } });
  // The member representatives represent the members whose applications they raised (ADR 036).
  await tx.roleAssignment.updateMany({
    where: { associationId: gotland.id, personId: people['medlem@finsamgotland.se']!, role: 'MEMBER_REPRESENTATIVE' },
    data: { memberId: region.id },
  });
  await tx.roleAssignment.updateMany({
    where: { associationId: sjobygden.id, personId: people['medlem@sjobygden.se']!, role: 'MEMBER_REPRESENTATIVE' },
    data: { memberId: sjostad.id },
  });
  const board = await tx.meeting.create({
    data: {
      associationId: sjobygden.id,
      body: 'BOARD',
      title: 'Styrelsemöte',
      startsAt: nextBoardMeeting(new Date()),
      location: 'Sjöstad, kommunhuset',
      status: 'PLANNED',
    },
  });
  await ensureStandardAgenda(tx, board.id);
  await tx.matter.create({
    data: {
      associationId: sjobygden.id,
      year: 2026,
      number: await nextNumber(tx, sjobygden.id, 2026),
      kind: 'APPLICATION',
      title: 'Ansökan om samverkansmedel: Arbetsträning Sjöstad 2027–2028',
      description:
        'Sjöstads kommun ansöker om samverkansmedel för arbetsträning med stöd av handledare, tillsammans med Arbetsförmedlingen.',
      status: 'RAISED',
      raisedById: people['medlem@sjobygden.se']!,
      raisedByMemberId: sjostad.id,
      requestedAmount: '600000',
      periodStart: date('2027-01-01'),
      periodEnd: date('2028-12-31'),
    },
  });
}
