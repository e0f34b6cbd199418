import type { Tx } from './seed-helpers';

export const CONCURRENCY_DEMO_MEETING = {
  title: 'Extra styrelsemöte om budgetramar',
  startsAt: new Date('2025-10-17T09:00:00+02:00'),
} as const;

/**
 * FinsamGotland: a held board meeting of 2025 whose minutes are still open, with two paragraphs.
 * It is the meeting e2e/two-instances.spec.ts edits from two app instances at once, so that no
 * other test's minutes or § numbers (2026's series) are touched.
 */
export async function seedConcurrencyDemo(tx: Tx) {
  const association = await tx.association.findUnique({ where: { slug: 'finsamgotland' }, select: { id: true } });
  if (!association) return;
  const meeting = await tx.meeting.create({
    data: {
      associationId: association.id,
      body: 'BOARD',
      title: CONCURRENCY_DEMO_MEETING.title,
      startsAt: CONCURRENCY_DEMO_MEETING.startsAt,
      location: 'Visby',
      status: 'HELD',
      noticeSentAt: new Date('2025-10-07T12:00:00+02:00'),
    },
  });
  const paragraphs = [
    { title: 'Mötets öppnande', discussion: 'Ordföranden öppnade mötet.' },
    {
      title: 'Budgetramar 2027',
      discussion: 'Förbundschefen redogjorde för medlemmarnas preliminära bidrag för 2027.',
    },
  ];
  for (const [index, paragraph] of paragraphs.entries()) {
    await tx.minutesParagraph.create({
      data: { meetingId: meeting.id, associationId: association.id, year: 2025, number: index + 1, ...paragraph },
    });
  }
}
