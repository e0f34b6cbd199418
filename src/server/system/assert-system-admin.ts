import 'server-only';
import type { Db } from '@/server/kernel/deps';
import { prisma } from '@/server/db/client';
import { AuthorizationError } from '@/server/kernel/authorization-error';

/**
 * The one check for system administration (ADR 029): the person is a system administrator and not
 * deactivated. Every use case under src/server/system calls it; the /system pages use
 * requireSystemAdmin, which calls it too. A system administrator holds no association role
 * through this: association access stays with RoleAssignment alone.
 */
export async function assertSystemAdmin(personId: string, { db = prisma }: { db?: Db } = {}): Promise<void> {
  if (typeof personId !== 'string' || personId === '') throw new AuthorizationError('UNAUTHENTICATED');
  const person = await db.person.findUnique({
    where: { id: personId },
    select: { systemAdmin: true, deactivatedAt: true },
  });
  if (!person || person.deactivatedAt) throw new AuthorizationError('UNAUTHENTICATED');
  if (!person.systemAdmin) throw new AuthorizationError('FORBIDDEN');
}

/** For the header and the home page: whether to show the way to /system. */
export async function isSystemAdmin(personId: string, { db = prisma }: { db?: Db } = {}): Promise<boolean> {
  const person = await db.person.findUnique({ where: { id: personId }, select: { systemAdmin: true } });
  return person?.systemAdmin ?? false;
}
