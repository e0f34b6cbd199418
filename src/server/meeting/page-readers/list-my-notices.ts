// Page reader: checks no permission itself. It relies on the meetings page's requireAssociationAccess(slug,
// 'meeting.read') (sammantraden).
import 'server-only';
import { prisma } from '@/server/db/client';
import type { UseCaseDeps } from '@/server/kernel/deps';

export interface MyNotice {
  id: string;
  text: string;
  createdAt: Date;
  meeting: { id: string; title: string; body: string; startsAt: Date; location: string } | null;
}

/** The person's unread notices (kallelser) in the association, newest first. */
export async function listMyNotices(
  personId: string,
  associationId: string,
  options: UseCaseDeps = {},
): Promise<MyNotice[]> {
  const db = options.db ?? prisma;
  return db.notice.findMany({
    where: { personId, associationId, readAt: null },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      text: true,
      createdAt: true,
      meeting: { select: { id: true, title: true, body: true, startsAt: true, location: true } },
    },
  });
}
