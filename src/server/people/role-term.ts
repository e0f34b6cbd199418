import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { termStartOf, termEndOf, termsOverlap } from '@/domain/board/term-dates';
import type { InvitationRole } from '@/domain/people/invitation-roles';

/** A term's days as the instants RoleAssignment stores: from the first day's start to the last day's end. */
export function roleTermInstants(role: InvitationRole): { validFrom: Date | null; validTo: Date | null } {
  return {
    validFrom: role.validFrom ? termStartOf(role.validFrom) : null,
    validTo: role.validTo ? termEndOf(role.validTo) : null,
  };
}

/**
 * Gives the person the role for the invitation's term. A person may hold the same role in several
 * terms (ADR 032) but never two at once: a term of that role overlapping the new one is replaced by
 * it, anything else is a new row.
 */
export async function grantRoleTerm(
  tx: Prisma.TransactionClient,
  grant: { personId: string; associationId: string; role: InvitationRole; memberId: string | null },
): Promise<void> {
  const { personId, associationId, role, memberId } = grant;
  const term = roleTermInstants(role);
  const existing = await tx.roleAssignment.findMany({
    where: { personId, associationId, role: role.role },
    select: { id: true, validFrom: true, validTo: true },
  });
  const overlapping = existing.find((row) =>
    termsOverlap({ from: row.validFrom, to: row.validTo }, { from: term.validFrom, to: term.validTo }),
  );
  if (overlapping)
    await tx.roleAssignment.update({
      where: { id: overlapping.id },
      data: { memberId, ...term, version: { increment: 1 } },
    });
  else await tx.roleAssignment.create({ data: { personId, associationId, role: role.role, memberId, ...term } });
}
