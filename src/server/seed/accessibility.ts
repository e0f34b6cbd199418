import type { Tx } from './seed-helpers';

/**
 * An extra board meeting of Sjöbygden held in October 2026 whose minutes are written and wait
 * for their two adjusters (Ali Karimi and Mats Åberg): the keyboard-only e2e test approves them
 * as Ali Karimi without a mouse. No other spec uses this meeting; its paragraphs are § 1–2 of
 * Sjöbygden's 2026 series (the road's board meeting continues from § 3).
 */
export async function seedAccessibilityDemo(tx: Tx, people: Record<string, string>) {
  const sjobygden = await tx.association.findUniqueOrThrow({ where: { slug: 'sjobygden' }, select: { id: true } });
  const meeting = await tx.meeting.create({
    data: {
      associationId: sjobygden.id,
      body: 'BOARD',
      title: 'Extra styrelsemöte',
      startsAt: new Date('2026-10-16T13:00:00+02:00'),
      location: 'Sjöstad, kommunhuset',
      status: 'HELD',
      noticeSentAt: new Date('2026-10-06T12:00:00+02:00'),
      // Written and marked ready by the secretary after the meeting (ADR 033).
      minutesState: 'READY',
      minutesReadyAt: new Date('2026-10-19T10:00:00+02:00'),
      chairId: people['ordforande@sjobygden.se']!,
    },
  });
  const items = [
    { kind: 'OPENING', title: 'Mötets öppnande', discussion: 'Ordföranden öppnade mötet.' },
    {
      kind: 'ADJUSTERS',
      title: 'Val av justerare',
      discussion: 'Ali Karimi och Mats Åberg valdes att justera protokollet.',
    },
  ] as const;
  for (const [order, item] of items.entries()) {
    const agendaItem = await tx.agendaItem.create({
      data: { meetingId: meeting.id, order, kind: item.kind, title: item.title },
    });
    await tx.minutesParagraph.create({
      data: {
        meetingId: meeting.id,
        associationId: sjobygden.id,
        year: 2026,
        number: order + 1,
        agendaItemId: agendaItem.id,
        title: item.title,
        discussion: item.discussion,
      },
    });
  }
  for (const email of ['ordforande@sjobygden.se', 'vice@sjobygden.se', 'ledamot@sjobygden.se']) {
    await tx.attendance.create({ data: { meetingId: meeting.id, personId: people[email]!, status: 'PRESENT' } });
  }
  await tx.adjuster.createMany({
    data: ['ledamot@sjobygden.se', 'ordforande@sjobygden.se'].map((email) => ({
      meetingId: meeting.id,
      personId: people[email]!,
    })),
  });
}
