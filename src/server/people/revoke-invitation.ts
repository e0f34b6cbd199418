import 'server-only';
import { z } from 'zod';
import { messages } from '@/i18n/catalog';
import type { Actor } from '@/server/authz/session-actor';
import { assertPermission } from '@/server/authz/assert-permission';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import { associationId, id, version } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import { ConflictError, StaleVersionError } from '@/server/kernel/use-case-errors';

const revokeInvitationInput = z.object({ associationId, invitationId: id, version }).strict();
export type RevokeInvitationInput = z.input<typeof revokeInvitationInput>;

/** Withdraws an open invitation: its link stops working and says so. */
export async function revokeInvitation(
  raw: RevokeInvitationInput,
  actor: Actor,
  { db = prisma, now = new Date() }: UseCaseDeps = {},
): Promise<{ invitationId: string }> {
  const input = revokeInvitationInput.parse(raw);
  await assertPermission(actor.personId, input.associationId, 'people.manage', { db, now });
  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirst({
      where: { id: input.invitationId, associationId: input.associationId },
      select: { id: true, acceptedAt: true, revokedAt: true, personId: true },
    });
    if (!invitation) throw new AuthorizationError('NOT_FOUND');
    if (invitation.acceptedAt || invitation.revokedAt) throw new ConflictError(messages().people.invitationClosed);
    const updated = await tx.invitation.updateMany({
      where: { id: invitation.id, version: input.version },
      data: { revokedAt: now, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new StaleVersionError(null);
    await writeAuditEntry(tx, {
      associationId: input.associationId,
      personId: actor.personId,
      action: 'people.invitationRevoked',
      entityType: 'Invitation',
      entityId: invitation.id,
      data: { personId: invitation.personId },
    });
    return { invitationId: invitation.id };
  });
}
