import 'server-only';
import { z } from 'zod';
import { tokenExpiresAt } from '@/domain/auth/one-time-tokens';
import { parseInvitationRoles } from '@/domain/people/invitation-roles';
import { messages } from '@/i18n/catalog';
import type { Actor } from '@/server/authz/session-actor';
import { assertPermission } from '@/server/authz/assert-permission';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { newOneTimeToken } from '@/server/auth/one-time-token';
import { prisma } from '@/server/db/client';
import { associationId, id, version } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import { ConflictError, StaleVersionError } from '@/server/kernel/use-case-errors';
import { sendInvitationMail } from './create-invitation';

const resendInvitationInput = z.object({ associationId, invitationId: id, version }).strict();
export type ResendInvitationInput = z.input<typeof resendInvitationInput>;

/**
 * Sends an open (or expired) invitation again: a new token and a new week, so the old link stops
 * working at once (its hash is replaced), and a new INVITATION mail.
 */
export async function resendInvitation(
  raw: ResendInvitationInput,
  actor: Actor,
  { db = prisma, now = new Date() }: UseCaseDeps = {},
): Promise<{ invitationId: string }> {
  const input = resendInvitationInput.parse(raw);
  await assertPermission(actor.personId, input.associationId, 'people.manage', { db, now });
  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirst({
      where: { id: input.invitationId, associationId: input.associationId },
      include: { person: { select: { id: true, email: true, name: true } } },
    });
    if (!invitation) throw new AuthorizationError('NOT_FOUND');
    if (invitation.acceptedAt || invitation.revokedAt) throw new ConflictError(messages().people.invitationClosed);
    const roles = parseInvitationRoles(invitation.roles);
    if (!roles) throw new ConflictError(messages().people.invitationClosed);
    const { token, tokenHash } = newOneTimeToken();
    const expiresAt = tokenExpiresAt('INVITATION', now);
    const updated = await tx.invitation.updateMany({
      where: { id: invitation.id, version: input.version },
      data: { tokenHash, expiresAt, invitedById: actor.personId, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new StaleVersionError(null);
    await writeAuditEntry(tx, {
      associationId: input.associationId,
      personId: actor.personId,
      action: 'people.invitationResent',
      entityType: 'Invitation',
      entityId: invitation.id,
      data: { email: invitation.person.email },
    });
    await sendInvitationMail(tx, {
      associationId: input.associationId,
      person: invitation.person,
      roles,
      invitedById: actor.personId,
      expiresAt,
      token,
    });
    return { invitationId: invitation.id };
  });
}
