import 'server-only';
import { getServerSession } from 'next-auth';
import { cache } from 'react';
import { prisma } from '@/server/db/client';
import { authOptions } from './auth-options';

export interface SessionPerson {
  id: string;
  name: string;
  email: string;
}

/** The signed-in person, looked up afresh so a removed account stops working at once; null when signed out. */
export const getSessionPerson = cache(async (): Promise<SessionPerson | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  return prisma.person.findUnique({ where: { id }, select: { id: true, name: true, email: true } });
});
