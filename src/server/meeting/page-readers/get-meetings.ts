// Page reader: checks no permission itself. It relies on the meetings page's requireAssociationAccess(slug,
// 'meeting.read') (sammantraden).
import 'server-only';
import { prisma } from '@/server/db/client';

/** The association's meetings, split into upcoming (soonest first) and past (latest first). */
export async function getMeetings(associationId: string, now: Date) {
  const select = { id: true, body: true, title: true, startsAt: true, location: true, status: true } as const;
  const [upcoming, past] = await Promise.all([
    prisma.meeting.findMany({ where: { associationId, startsAt: { gte: now } }, orderBy: { startsAt: 'asc' }, select }),
    prisma.meeting.findMany({ where: { associationId, startsAt: { lt: now } }, orderBy: { startsAt: 'desc' }, select }),
  ]);
  return { upcoming, past };
}

export type MeetingListItem = Awaited<ReturnType<typeof getMeetings>>['upcoming'][number];
