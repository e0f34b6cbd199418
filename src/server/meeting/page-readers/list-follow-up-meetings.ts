// Page reader: checks no permission itself. It relies on the follow-up page's requireAssociationAccess(slug,
// 'budget.read') (budget/uppfoljning).
import 'server-only';
import { prisma } from '@/server/db/client';

/** Upcoming meetings with an agenda item "Ekonomisk uppföljning" whose minutes are not locked: where a report can go. */
export async function listFollowUpMeetings(associationId: string, now: Date) {
  return prisma.meeting.findMany({
    where: {
      associationId,
      startsAt: { gte: now },
      minutesLockedAt: null,
      status: { not: 'CANCELLED' },
      agendaItems: { some: { kind: 'ECONOMIC_FOLLOW_UP' } },
    },
    orderBy: { startsAt: 'asc' },
    select: { id: true, title: true, startsAt: true },
  });
}
