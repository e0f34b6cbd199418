import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { Db } from '@/server/kernel/deps';
import { sortRoles, type Role } from '@/domain/authz/roles';
import { prisma } from '@/server/db/client';

export interface MembershipOptions {
  now?: Date;
  db?: Db;
}

export interface AssociationRef {
  id: string;
  slug: string;
  name: string;
}

export interface Membership {
  association: AssociationRef;
  roles: Role[];
}

/** Role assignments in force at `now` (open-ended periods count). */
export function activeAt(now: Date): Prisma.RoleAssignmentWhereInput {
  return {
    AND: [
      { OR: [{ validFrom: null }, { validFrom: { lte: now } }] },
      { OR: [{ validTo: null }, { validTo: { gte: now } }] },
    ],
  };
}

/** The person's roles in one association; empty when they have none (or it does not exist). */
export async function loadRoles(
  personId: string,
  associationId: string,
  options: MembershipOptions = {},
): Promise<Role[]> {
  const db = options.db ?? prisma;
  const rows = await db.roleAssignment.findMany({
    where: { personId, associationId, ...activeAt(options.now ?? new Date()) },
    select: { role: true },
  });
  return sortRoles(rows.map((row) => row.role));
}

/** The association with that slug and the person's roles in it; null unless they hold a role there. */
export async function loadMembershipBySlug(
  personId: string,
  slug: string,
  options: MembershipOptions = {},
): Promise<Membership | null> {
  const db = options.db ?? prisma;
  const association = await db.association.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      roles: { where: { personId, ...activeAt(options.now ?? new Date()) }, select: { role: true } },
    },
  });
  if (!association || association.roles.length === 0) return null;
  const { roles, ...ref } = association;
  return { association: ref, roles: sortRoles(roles.map((row) => row.role)) };
}
