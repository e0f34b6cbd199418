import 'server-only';
import type { Prisma, PrismaClient } from '@/generated/prisma/client';
import { minutesYear, nextParagraphNumber, numbersInOrder, placeParagraph } from '@/domain/minutes/paragraph-numbering';
import { asLockedError, isUniqueViolation, type MeetingForMinutes, type ParagraphLinks } from './minutes-context';

export interface NewParagraph extends ParagraphLinks {
  title: string;
  discussion: string;
  decisionText: string;
  agendaItemId: string | null;
  correctsId: string | null;
}

/**
 * Inserts a paragraph with the next § number of the association's year (the meeting's year), then
 * places it in agenda order (placeParagraph) and renumbers the meeting's paragraphs within the
 * numbers the meeting holds. An advisory lock per association and year makes concurrent additions
 * take turns; the unique constraint (associationId, year, number) is the last guard.
 */
export async function insertParagraph(
  tx: Prisma.TransactionClient,
  meeting: MeetingForMinutes,
  paragraph: NewParagraph,
) {
  const year = minutesYear(meeting.startsAt);
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`minutes:${meeting.associationId}:${year}`}))`;
  const highest = await tx.minutesParagraph.aggregate({
    where: { associationId: meeting.associationId, year },
    _max: { number: true },
  });
  const number = nextParagraphNumber(highest._max.number === null ? [] : [highest._max.number]);
  const created = await tx.minutesParagraph.create({
    data: { meetingId: meeting.id, associationId: meeting.associationId, year, number, ...paragraph },
  });
  const others = await tx.minutesParagraph.findMany({
    where: { meetingId: meeting.id, id: { not: created.id } },
    orderBy: { number: 'asc' },
    select: { id: true, agendaItem: { select: { order: true } } },
  });
  const addedItem = paragraph.agendaItemId
    ? await tx.agendaItem.findUnique({ where: { id: paragraph.agendaItemId }, select: { order: true } })
    : null;
  const order = placeParagraph(
    others.map((p) => ({ id: p.id, agendaOrder: p.agendaItem?.order ?? null })),
    { id: created.id, agendaOrder: addedItem?.order ?? null },
  );
  const numbers = await renumberParagraphs(tx, meeting.id, order);
  return { ...created, number: numbers.get(created.id)! };
}

/**
 * Gives the meeting's paragraphs the § numbers in the given order, within the numbers the meeting
 * holds. Numbers are unique per association and year, so the rows that move pass through
 * negative numbers first (inside the caller's transaction). Returns the new number of each id.
 */
export async function renumberParagraphs(
  tx: Prisma.TransactionClient,
  meetingId: string,
  orderedIds: readonly string[],
): Promise<Map<string, number>> {
  const rows = await tx.minutesParagraph.findMany({ where: { meetingId }, select: { id: true, number: true } });
  const numbers = numbersInOrder(
    orderedIds,
    rows.map((row) => row.number),
  );
  const moving = rows.filter((row) => numbers.get(row.id) !== row.number);
  for (const row of moving) await tx.minutesParagraph.update({ where: { id: row.id }, data: { number: -row.number } });
  for (const row of moving)
    await tx.minutesParagraph.update({ where: { id: row.id }, data: { number: numbers.get(row.id)! } });
  return numbers;
}

/** Runs the whole transaction again when a § number was taken meanwhile (at most three tries). */
export async function withNumberRetry<T>(
  db: PrismaClient,
  work: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(work);
    } catch (error) {
      if (attempt < 3 && isUniqueViolation(error)) continue;
      throw asLockedError(error);
    }
  }
}
