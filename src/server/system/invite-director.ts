import 'server-only';
import { z } from 'zod';
import { messages } from '@/i18n/catalog';
import type { Actor } from '@/server/authz/session-actor';
import { prisma } from '@/server/db/client';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { id } from '@/server/kernel/input';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import { createInvitation } from '@/server/people/create-invitation';
import { assertSystemAdmin } from './assert-system-admin';

const t = () => messages().system.inviteDirector;
const schema = z
  .object({
    associationId: id,
    email: z
      .string({ error: () => t().emailInvalid })
      .trim()
      .max(254, { error: () => t().emailInvalid })
      .pipe(z.email({ error: () => t().emailInvalid })),
    name: z
      .string({ error: () => t().nameRequired })
      .trim()
      .min(1, { error: () => t().nameRequired })
      .max(200, { error: () => t().nameTooLong }),
  })
  .strict();

/**
 * The system administrator invites an association's director: the INVITATION mail with the
 * DIRECTOR role (createInvitation, which audits in the association and voids earlier open
 * invitations of that person). The system administrator gets no role by it.
 */
export async function inviteDirector(
  input: z.input<typeof schema>,
  actor: Actor,
  { db = prisma, now = new Date() }: UseCaseDeps = {},
): Promise<{ invitationId: string; email: string }> {
  const parsed = schema.parse(input);
  await assertSystemAdmin(actor.personId, { db });
  return db.$transaction(async (tx) => {
    const association = await tx.association.findUnique({ where: { id: parsed.associationId }, select: { id: true } });
    if (!association) throw new AuthorizationError('NOT_FOUND');
    const { invitationId } = await createInvitation(tx, {
      associationId: association.id,
      email: parsed.email,
      name: parsed.name,
      roles: [{ role: 'DIRECTOR', memberId: null, validFrom: null, validTo: null }],
      invitedById: actor.personId,
      now,
    });
    return { invitationId, email: parsed.email.toLowerCase() };
  });
}
