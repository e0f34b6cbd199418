import 'server-only';
import type { PrismaClient } from '@/generated/prisma/client';
import { prisma } from '@/server/db/client';

export interface MyNotice {
  id: string;
  text: string;
  createdAt: Date;
  meeting: { id: string; title: string; body: string; startsAt: Date; location: string } | null;
}

/** The person's unread notices (kallelser) in the association, newest first. */
export async function listMyNotices(personId: string, associationId: string, options: { db?: PrismaClient } = {}): Promise<MyNotice[]> {
  const db = options.db ?? prisma;
  return db.notice.findMany({
    where: { personId, associationId, readAt: null },
    orderBy: { createdAt: 'desc' },
    select: { id: true, text: true, createdAt: true, meeting: { select: { id: true, title: true, body: true, startsAt: true, location: true } } },
  });
}
