import 'server-only';
import { z } from 'zod';
import { messages } from '@/i18n/catalog';
import type { Actor } from '@/server/authz/session-actor';
import { assertPermission } from '@/server/authz/assert-permission';
import { prisma } from '@/server/db/client';
import { associationId } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { FieldValidationError } from '@/server/kernel/use-case-errors';
import { createInvitation } from './create-invitation';
import { emailInput, invitationRolesInput } from './people-input';

const t = () => messages().people;

const invitePersonInput = z
  .object({
    associationId,
    email: emailInput,
    name: z
      .string({ error: () => t().nameRequired })
      .trim()
      .min(1, { error: () => t().nameRequired })
      .max(200, { error: () => t().nameTooLong }),
    roles: invitationRolesInput,
  })
  .strict();

export type InvitePersonInput = z.input<typeof invitePersonInput>;

/** The director or administrator invites a person by e-mail with role(s) and terms in their association. */
export async function invitePerson(
  raw: InvitePersonInput,
  actor: Actor,
  { db = prisma, now = new Date() }: UseCaseDeps = {},
): Promise<{ invitationId: string; personId: string }> {
  const input = invitePersonInput.parse(raw);
  await assertPermission(actor.personId, input.associationId, 'people.manage', { db, now });
  return db.$transaction(async (tx) => {
    const memberIds = input.roles.flatMap((role) => (role.memberId ? [role.memberId] : []));
    if (memberIds.length > 0) {
      const found = await tx.member.count({ where: { id: { in: memberIds }, associationId: input.associationId } });
      if (found !== new Set(memberIds).size) {
        const index = input.roles.findIndex((role) => role.memberId);
        throw new FieldValidationError({ [`roles.${index}.memberId`]: t().memberInvalid });
      }
    }
    const created = await createInvitation(tx, {
      associationId: input.associationId,
      email: input.email,
      name: input.name,
      roles: input.roles,
      invitedById: actor.personId,
      now,
    });
    return { invitationId: created.invitationId, personId: created.personId };
  });
}
