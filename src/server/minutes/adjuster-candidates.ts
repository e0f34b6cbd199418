import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { eligibleAdjusters } from '@/domain/minutes/adjusters';
import type { QuorumResult } from '@/domain/meeting/quorum';
import { loadQuorum } from '@/server/meeting/load-quorum';
import type { Db } from '@/server/kernel/deps';

/**
 * Who may be chosen as adjuster at a meeting: those present with a vote, and the present
 * (not co-opted) holders of an ordinary or deputy board seat valid on the meeting's day.
 */
export async function loadAdjusterCandidates(
  db: Db | Prisma.TransactionClient,
  meeting: { id: string; associationId: string; startsAt: Date },
): Promise<{ quorum: QuorumResult; eligible: string[] }> {
  const quorum = await loadQuorum(db, meeting.id);
  const present = await db.attendance.findMany({
    where: { meetingId: meeting.id, status: 'PRESENT', coOpted: false },
    select: { personId: true },
  });
  const seats = await db.boardSeat.findMany({
    where: {
      associationId: meeting.associationId,
      kind: { in: ['ORDINARY', 'DEPUTY'] },
      personId: { in: present.map((row) => row.personId) },
      periodStart: { lte: meeting.startsAt },
      OR: [{ periodEnd: null }, { periodEnd: { gte: meeting.startsAt } }],
    },
    select: { personId: true },
  });
  const seated = new Set(seats.map((seat) => seat.personId));
  const eligible = eligibleAdjusters(
    present.map((row) => ({ personId: row.personId, boardMember: seated.has(row.personId) })),
    quorum.voterPersonIds,
  );
  return { quorum, eligible };
}
