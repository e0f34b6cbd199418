import 'server-only';
import { z } from 'zod';
import { validateRoleTerm } from '@/domain/board/role-terms';
import { termEndOf, termStartOf } from '@/domain/board/term-dates';
import { ROLES } from '@/domain/authz/roles';
import { messages } from '@/i18n/catalog';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { id } from '@/server/kernel/input';
import { FieldValidationError } from '@/server/kernel/use-case-errors';
import { assertMembersOfAssociation, assertPersonOfAssociation } from './association-people';
import { day, optionalDay, optionalId } from './term-input';

export interface AddRoleTermInput {
  associationId: string;
  personId: string;
  role: (typeof ROLES)[number];
  /** The member party the person represents ('' when none). */
  memberId: string;
  from: string;
  /** '' = until further notice. */
  to: string;
}

const t = () => messages().board.errors;

const schema = z.object({
  associationId: id,
  personId: id,
  role: z.enum(ROLES, { error: () => t().roleInvalid }),
  memberId: optionalId,
  from: day,
  to: optionalDay,
});

/**
 * Gives a person a role for a term (chair, vice chair, preparation group, member representative,
 * auditor, director, administrator …). The role gives access from the first day to the last.
 * Refused next to the field: a term that ends before it starts, one overlapping the person's own
 * term of the same role, or a second chair (vice chair) at the same time.
 */
export async function addRoleTerm(input: AddRoleTermInput, actor: Actor, deps: UseCaseDeps = {}) {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'settings.edit', { db, now: deps.now });
  const { associationId, personId, role } = parsed;
  const term = { from: termStartOf(parsed.from), to: parsed.to ? termEndOf(parsed.to) : null };

  return db.$transaction(async (tx) => {
    await assertPersonOfAssociation(tx, associationId, personId, 'personId');
    if (parsed.memberId) await assertMembersOfAssociation(tx, associationId, [parsed.memberId], 'memberId');
    const others = await tx.roleAssignment.findMany({
      where: { associationId, role },
      select: { id: true, personId: true, role: true, validFrom: true, validTo: true },
    });
    const issues = validateRoleTerm(
      { personId, role, term },
      others.map((o) => ({ id: o.id, personId: o.personId, role: o.role, term: { from: o.validFrom, to: o.validTo } })),
    );
    if (issues.length > 0) {
      throw new FieldValidationError(Object.fromEntries(issues.map((issue) => [issue.field, t()[issue.code]])));
    }
    const created = await tx.roleAssignment.create({
      data: {
        associationId,
        personId,
        role,
        memberId: parsed.memberId || null,
        validFrom: term.from,
        validTo: term.to,
      },
      select: { id: true, version: true },
    });
    await writeAuditEntry(tx, {
      associationId,
      personId: actor.personId,
      action: 'roleTerm.added',
      entityType: 'RoleAssignment',
      entityId: created.id,
      data: {
        after: {
          holderId: personId,
          role,
          memberId: parsed.memberId || null,
          from: parsed.from,
          to: parsed.to || null,
        },
      },
    });
    return { roleAssignmentId: created.id, version: created.version };
  });
}
