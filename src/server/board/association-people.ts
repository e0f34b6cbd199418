import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { FieldValidationError } from '@/server/kernel/use-case-errors';
import { messages } from '@/i18n/catalog';

type Reader = Prisma.TransactionClient;

/** Refuses (next to the field) a person who has never held any role in the association. */
export async function assertPersonOfAssociation(tx: Reader, associationId: string, personId: string, field: string) {
  const known = await tx.roleAssignment.findFirst({ where: { associationId, personId }, select: { id: true } });
  if (!known) throw new FieldValidationError({ [field]: messages().board.errors.personUnknown });
}

/** Refuses (next to the field) members that are not the association's. */
export async function assertMembersOfAssociation(
  tx: Reader,
  associationId: string,
  memberIds: string[],
  field: string,
) {
  if (memberIds.length === 0) return;
  const count = await tx.member.count({ where: { associationId, id: { in: memberIds } } });
  if (count !== new Set(memberIds).size)
    throw new FieldValidationError({ [field]: messages().board.errors.memberUnknown });
}
