import 'server-only';
import type { Role } from '@/domain/authz/roles';
import { ROLES } from '@/domain/authz/roles';
import { parseInvitationRoles } from '@/domain/people/invitation-roles';
import { describeInvitationRole } from '@/domain/people/describe-invitation-role';
import { prisma } from '@/server/db/client';

export interface PersonRow {
  personId: string;
  name: string;
  email: string;
  version: number;
  /** Invited, no password yet. */
  invited: boolean;
  deactivated: boolean;
  /** True while any role term here runs now or later. */
  hasAccess: boolean;
  roles: {
    role: Role;
    memberName: string | null;
    validFrom: Date | null;
    validTo: Date | null;
    status: 'current' | 'ended' | 'upcoming';
  }[];
}

export interface PendingInvitationRow {
  invitationId: string;
  version: number;
  email: string;
  name: string;
  roles: string[];
  expiresAt: Date;
  expired: boolean;
}

/** The people page: everyone with a role term here (running, ended or coming), and the open invitations. */
export async function listAssociationPeople(
  associationId: string,
  now = new Date(),
): Promise<{ people: PersonRow[]; pending: PendingInvitationRow[]; members: { id: string; name: string }[] }> {
  const [assignments, invitations, members] = await Promise.all([
    prisma.roleAssignment.findMany({
      where: { associationId },
      include: {
        person: {
          select: { id: true, name: true, email: true, version: true, passwordHash: true, deactivatedAt: true },
        },
        member: { select: { name: true } },
      },
    }),
    prisma.invitation.findMany({
      where: { associationId, acceptedAt: null, revokedAt: null },
      include: { person: { select: { email: true, name: true } } },
      orderBy: { createdAt: 'desc' },
    }),
    prisma.member.findMany({ where: { associationId }, select: { id: true, name: true }, orderBy: { name: 'asc' } }),
  ]);
  const byPerson = new Map<string, PersonRow>();
  for (const assignment of assignments) {
    const person = assignment.person;
    const row =
      byPerson.get(person.id) ??
      ({
        personId: person.id,
        name: person.name,
        email: person.email,
        version: person.version,
        invited: person.passwordHash === null,
        deactivated: person.deactivatedAt !== null,
        hasAccess: false,
        roles: [],
      } satisfies PersonRow);
    const status =
      assignment.validTo && assignment.validTo < now
        ? 'ended'
        : assignment.validFrom && assignment.validFrom > now
          ? 'upcoming'
          : 'current';
    if (status !== 'ended') row.hasAccess = true;
    row.roles.push({
      role: assignment.role,
      memberName: assignment.member?.name ?? null,
      validFrom: assignment.validFrom,
      validTo: assignment.validTo,
      status,
    });
    byPerson.set(person.id, row);
  }
  const people = [...byPerson.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  for (const person of people) person.roles.sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role));
  const memberNames = new Map(members.map((member) => [member.id, member.name]));
  const pending = invitations.map((invitation) => ({
    invitationId: invitation.id,
    version: invitation.version,
    email: invitation.person.email,
    name: invitation.person.name,
    roles: (parseInvitationRoles(invitation.roles) ?? []).map((role) => describeInvitationRole(role, memberNames)),
    expiresAt: invitation.expiresAt,
    expired: invitation.expiresAt <= now,
  }));
  return { people, pending, members };
}
