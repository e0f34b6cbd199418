import 'server-only';
import type { Prisma, PrismaClient } from '@/generated/prisma/client';
import { minutesYear, nextParagraphNumber } from '@/domain/minutes/paragraph-numbering';
import { asLockedError, isUniqueViolation, type MeetingForMinutes, type ParagraphLinks } from './minutes-context';

export interface NewParagraph extends ParagraphLinks {
  title: string;
  discussion: string;
  decisionText: string;
  agendaItemId: string | null;
  correctsId: string | null;
}

/**
 * Inserts a paragraph with the next § number of the association's year (the meeting's year).
 * An advisory lock per association and year makes concurrent additions take turns; the unique
 * constraint (associationId, year, number) is the last guard.
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
  return tx.minutesParagraph.create({
    data: { meetingId: meeting.id, associationId: meeting.associationId, year, number, ...paragraph },
  });
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
