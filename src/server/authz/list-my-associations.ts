import 'server-only';
import { sortRoles, type Role } from '@/domain/authz/roles';
import { activeAt, type AssociationRef, type MembershipOptions } from './load-membership';
import { prisma } from '@/server/db/client';

export interface MyAssociation extends AssociationRef {
  roles: Role[];
}

/** The associations the person holds a role in now, by name, each with their roles there. */
export async function listMyAssociations(personId: string, options: MembershipOptions = {}): Promise<MyAssociation[]> {
  const db = options.db ?? prisma;
  const rows = await db.roleAssignment.findMany({
    where: { personId, ...activeAt(options.now ?? new Date()) },
    select: { role: true, association: { select: { id: true, slug: true, name: true } } },
  });
  const byId = new Map<string, MyAssociation>();
  for (const { role, association } of rows) {
    const entry = byId.get(association.id) ?? { ...association, roles: [] };
    entry.roles.push(role);
    byId.set(association.id, entry);
  }
  return [...byId.values()]
    .map((entry) => ({ ...entry, roles: sortRoles(entry.roles) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}
