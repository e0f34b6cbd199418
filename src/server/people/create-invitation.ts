import 'server-only';
import { normalizeEmail } from '@/domain/auth/sign-in-errors';
import { tokenExpiresAt } from '@/domain/auth/one-time-tokens';
import { invitationMail } from '@/domain/mail/templates/people';
import type { InvitationRole } from '@/domain/people/invitation-roles';
import { describeInvitationRole } from '@/domain/people/describe-invitation-role';
import type { Prisma } from '@/generated/prisma/client';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { newOneTimeToken } from '@/server/auth/one-time-token';
import { enqueueMail } from '@/server/mail/enqueue-mail';
import { readMailSettings } from '@/server/mail/mail-settings';

export interface CreateInvitationInput {
  associationId: string;
  email: string;
  name: string;
  roles: readonly InvitationRole[];
  /** The person inviting (an association's director or administrator, or a system administrator). */
  invitedById: string | null;
  now: Date;
}

export interface CreatedInvitation {
  invitationId: string;
  personId: string;
  /** The raw token: it exists only in the mailed link (and here, for a caller that prints it). */
  token: string;
}

export function invitationPath(token: string): string {
  return `/inbjudan/${token}`;
}

/**
 * Invites a person (found by e-mail, or created without a password) to an association with the
 * given roles, voids their earlier open invitations to it, audits, and enqueues the INVITATION mail
 * in the same transaction. No authorization here: the callers (invitePerson, the system
 * administrator's use cases) authorize first.
 */
export async function createInvitation(
  tx: Prisma.TransactionClient,
  input: CreateInvitationInput,
): Promise<CreatedInvitation> {
  const email = normalizeEmail(input.email);
  const name = input.name.trim();
  const existing = await tx.person.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
  const person = existing
    ? existing.passwordHash === null
      ? await tx.person.update({ where: { id: existing.id }, data: { name, version: { increment: 1 } } })
      : await tx.person.findUniqueOrThrow({ where: { id: existing.id } })
    : await tx.person.create({ data: { email, name, passwordHash: null } });

  await tx.invitation.updateMany({
    where: { associationId: input.associationId, personId: person.id, acceptedAt: null, revokedAt: null },
    data: { revokedAt: input.now, version: { increment: 1 } },
  });

  const { token, tokenHash } = newOneTimeToken();
  const expiresAt = tokenExpiresAt('INVITATION', input.now);
  const invitation = await tx.invitation.create({
    data: {
      associationId: input.associationId,
      personId: person.id,
      roles: input.roles.map((role) => ({ ...role })) as unknown as Prisma.InputJsonValue,
      tokenHash,
      expiresAt,
      invitedById: input.invitedById,
      createdAt: input.now,
    },
  });

  await writeAuditEntry(tx, {
    associationId: input.associationId,
    personId: input.invitedById,
    action: 'people.invitationCreated',
    entityType: 'Invitation',
    entityId: invitation.id,
    data: { email, roles: input.roles.map((role) => role.role) },
  });

  await sendInvitationMail(tx, {
    associationId: input.associationId,
    person: { id: person.id, email: person.email, name: person.name },
    roles: input.roles,
    invitedById: input.invitedById,
    expiresAt,
    token,
  });

  return { invitationId: invitation.id, personId: person.id, token };
}

/** Enqueues the INVITATION mail for a token (a new invitation, or one sent again with a new token). */
export async function sendInvitationMail(
  tx: Prisma.TransactionClient,
  mail: {
    associationId: string;
    person: { id: string; email: string; name: string };
    roles: readonly InvitationRole[];
    invitedById: string | null;
    expiresAt: Date;
    token: string;
  },
): Promise<void> {
  const association = await tx.association.findUniqueOrThrow({
    where: { id: mail.associationId },
    select: { name: true, members: { select: { id: true, name: true } } },
  });
  const inviter = mail.invitedById
    ? await tx.person.findUnique({ where: { id: mail.invitedById }, select: { name: true } })
    : null;
  const memberNames = new Map(association.members.map((member) => [member.id, member.name]));
  const acceptUrl = `${readMailSettings().appUrl}${invitationPath(mail.token)}`;
  await enqueueMail(tx, {
    associationId: mail.associationId,
    kind: 'INVITATION',
    recipients: [mail.person],
    render: (recipient) => ({
      ...invitationMail({
        recipientName: recipient.name,
        associationName: association.name,
        inviterName: inviter?.name ?? null,
        roles: mail.roles.map((role) => describeInvitationRole(role, memberNames)),
        expiresAt: mail.expiresAt,
        acceptUrl,
      }),
      // The link carries a secret: the digest and the outbox page must not list it.
      actionUrl: undefined,
    }),
  });
}
