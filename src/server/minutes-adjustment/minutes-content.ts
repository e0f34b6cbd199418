import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { minutesContentHash, type MinutesContent } from '@/domain/minutes/minutes-content';

/** What an adjuster approves, read from the database (ADR 033). */
export async function loadMinutesContent(tx: Prisma.TransactionClient, meetingId: string): Promise<MinutesContent> {
  const meeting = await tx.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    select: {
      chairId: true,
      secretaryId: true,
      attendance: { select: { personId: true, status: true, servingForId: true, coOpted: true } },
      paragraphs: {
        orderBy: { number: 'asc' },
        select: {
          number: true,
          title: true,
          discussion: true,
          decisionText: true,
          decision: { select: { text: true } },
          votes: { select: { personId: true, choice: true, reservation: true } },
        },
      },
    },
  });
  return {
    chairId: meeting.chairId,
    secretaryId: meeting.secretaryId,
    attendance: meeting.attendance.map((row) => ({
      personId: row.personId,
      status: row.status,
      servingForSeatId: row.servingForId,
      coOpted: row.coOpted,
    })),
    paragraphs: meeting.paragraphs.map((p) => ({
      number: p.number,
      title: p.title,
      discussion: p.discussion,
      decisionText: p.decisionText,
      decision: p.decision?.text ?? null,
      votes: p.votes,
    })),
  };
}

/** The SHA-256 of the minutes' current content. */
export async function currentMinutesHash(tx: Prisma.TransactionClient, meetingId: string): Promise<string> {
  return minutesContentHash(await loadMinutesContent(tx, meetingId));
}
