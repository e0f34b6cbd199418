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

/**
 * The signed-in person, looked up afresh so a removed account stops working at once; null when
 * signed out, when the person is deactivated, or when their password changed after this session
 * began (the token's sessionVersion is older than the row's, ADR 030).
 */
export const getSessionPerson = cache(async (): Promise<SessionPerson | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  const person = await prisma.person.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, sessionVersion: true, deactivatedAt: true },
  });
  if (!person || person.deactivatedAt !== null) return null;
  // Tokens issued before session versions existed carry none: they count as version 1.
  if (person.sessionVersion !== (session?.user?.sessionVersion ?? 1)) return null;
  return { id: person.id, name: person.name, email: person.email };
});
