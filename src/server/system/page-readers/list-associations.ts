import 'server-only';
import { prisma } from '@/server/db/client';
import type { PrismaClient } from '@/generated/prisma/client';

export type DirectorStatus =
  | { kind: 'NONE' }
  | { kind: 'INVITED'; email: string; expiresAt: Date; invitationId: string }
  | { kind: 'EXPIRED'; email: string; invitationId: string }
  | { kind: 'ACCEPTED'; name: string; email: string };

export interface SystemAssociationRow {
  id: string;
  name: string;
  slug: string;
  orgNumber: string | null;
  createdAt: Date;
  people: number;
  director: DirectorStatus;
}

/**
 * What the system administrator sees of each association: its identity, how many people hold a
 * role there, and whether its director has been invited or accepted. Nothing of its content.
 * The caller has checked requireSystemAdmin.
 */
export async function listAssociationsForSystem(
  now: Date = new Date(),
  db: PrismaClient = prisma,
): Promise<SystemAssociationRow[]> {
  const associations = await db.association.findMany({
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      name: true,
      slug: true,
      orgNumber: true,
      createdAt: true,
      roles: { select: { personId: true, role: true, person: { select: { name: true, email: true } } } },
    },
  });
  const invitations = await db.invitation.findMany({
    where: { associationId: { in: associations.map((a) => a.id) }, acceptedAt: null, revokedAt: null },
    orderBy: { createdAt: 'desc' },
    select: { id: true, associationId: true, roles: true, expiresAt: true, person: { select: { email: true } } },
  });
  return associations.map((association) => {
    const director = association.roles.find((r) => r.role === 'DIRECTOR');
    const invitation = invitations.find(
      (i) =>
        i.associationId === association.id &&
        Array.isArray(i.roles) &&
        i.roles.some((r) => typeof r === 'object' && r !== null && (r as { role?: unknown }).role === 'DIRECTOR'),
    );
    const status: DirectorStatus = director
      ? { kind: 'ACCEPTED', name: director.person.name, email: director.person.email }
      : invitation
        ? invitation.expiresAt > now
          ? {
              kind: 'INVITED',
              email: invitation.person.email,
              expiresAt: invitation.expiresAt,
              invitationId: invitation.id,
            }
          : { kind: 'EXPIRED', email: invitation.person.email, invitationId: invitation.id }
        : { kind: 'NONE' };
    return {
      id: association.id,
      name: association.name,
      slug: association.slug,
      orgNumber: association.orgNumber,
      createdAt: association.createdAt,
      people: new Set(association.roles.map((r) => r.personId)).size,
      director: status,
    };
  });
}
