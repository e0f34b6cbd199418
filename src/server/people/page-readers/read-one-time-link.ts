import 'server-only';
import { tokenState, type TokenState } from '@/domain/auth/one-time-tokens';
import { parseInvitationRoles } from '@/domain/people/invitation-roles';
import { describeInvitationRole } from '@/domain/people/describe-invitation-role';
import { hashOneTimeToken, isWellFormedToken } from '@/server/auth/one-time-token';
import { prisma } from '@/server/db/client';

export type LinkState = TokenState | 'INVALID';

export type InvitationLink =
  | { state: Exclude<LinkState, 'VALID'> }
  | {
      state: 'VALID';
      associationName: string;
      email: string;
      name: string;
      hasPassword: boolean;
      inviterName: string | null;
      roles: string[];
      expiresAt: Date;
    };

/** What the invitation page shows for a token; nothing but the state unless the link is valid. */
export async function readInvitationLink(token: string, now = new Date()): Promise<InvitationLink> {
  if (!isWellFormedToken(token)) return { state: 'INVALID' };
  const invitation = await prisma.invitation.findUnique({
    where: { tokenHash: hashOneTimeToken(token) },
    include: {
      association: { select: { name: true, members: { select: { id: true, name: true } } } },
      person: { select: { email: true, name: true, passwordHash: true, deactivatedAt: true } },
      invitedBy: { select: { name: true } },
    },
  });
  if (!invitation) return { state: 'INVALID' };
  const state = tokenState({ ...invitation, usedAt: invitation.acceptedAt }, now);
  if (state !== 'VALID') return { state };
  const roles = parseInvitationRoles(invitation.roles);
  if (!roles) return { state: 'INVALID' };
  const memberNames = new Map(invitation.association.members.map((member) => [member.id, member.name]));
  return {
    state: 'VALID',
    associationName: invitation.association.name,
    email: invitation.person.email,
    name: invitation.person.name,
    hasPassword: invitation.person.passwordHash !== null,
    inviterName: invitation.invitedBy?.name ?? null,
    roles: roles.map((role) => describeInvitationRole(role, memberNames)),
    expiresAt: invitation.expiresAt,
  };
}

export type PasswordLink = { state: Exclude<LinkState, 'VALID'> } | { state: 'VALID'; email: string };

/** What the password page shows for a token. */
export async function readPasswordLink(token: string, now = new Date()): Promise<PasswordLink> {
  if (!isWellFormedToken(token)) return { state: 'INVALID' };
  const found = await prisma.passwordToken.findUnique({
    where: { tokenHash: hashOneTimeToken(token) },
    include: { person: { select: { email: true, deactivatedAt: true } } },
  });
  if (!found || found.person.deactivatedAt) return { state: 'INVALID' };
  const state = tokenState(found, now);
  return state === 'VALID' ? { state, email: found.person.email } : { state };
}
