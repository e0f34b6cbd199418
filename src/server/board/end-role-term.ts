import 'server-only';
import { z } from 'zod';
import { validateRoleTerm } from '@/domain/board/role-terms';
import { dayOf, termEndOf } from '@/domain/board/term-dates';
import { messages } from '@/i18n/catalog';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { id, version } from '@/server/kernel/input';
import { loadOwned } from '@/server/kernel/load-owned';
import { FieldValidationError, StaleVersionError } from '@/server/kernel/use-case-errors';
import { day } from './term-input';

export interface EndRoleTermInput {
  associationId: string;
  roleAssignmentId: string;
  version: number;
  /** The term's last day (inclusive): from the next day the role gives nothing. */
  to: string;
}

const schema = z.object({ associationId: id, roleAssignmentId: id, version, to: day });

/** Ends a person's term in a role on its last day; the term stays as history. */
export async function endRoleTerm(input: EndRoleTermInput, actor: Actor, deps: UseCaseDeps = {}) {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'settings.edit', { db, now: deps.now });
  const { associationId } = parsed;
  const to = termEndOf(parsed.to);

  return db.$transaction(async (tx) => {
    const term = await loadOwned(
      (where) =>
        tx.roleAssignment.findFirst({
          where,
          select: { id: true, personId: true, role: true, validFrom: true, validTo: true, version: true },
        }),
      associationId,
      parsed.roleAssignmentId,
    );
    const issues = validateRoleTerm(
      { id: term.id, personId: term.personId, role: term.role, term: { from: term.validFrom, to } },
      [],
    );
    if (issues.length > 0) throw new FieldValidationError({ to: messages().board.errors[issues[0]!.code] });
    const { count } = await tx.roleAssignment.updateMany({
      where: { id: term.id, associationId, version: parsed.version },
      data: { validTo: to, version: { increment: 1 } },
    });
    if (count === 0) throw new StaleVersionError({ roleTerm: { ...term } });
    await writeAuditEntry(tx, {
      associationId,
      personId: actor.personId,
      action: 'roleTerm.ended',
      entityType: 'RoleAssignment',
      entityId: term.id,
      data: {
        before: { holderId: term.personId, role: term.role, to: term.validTo ? dayOf(term.validTo) : null },
        after: { holderId: term.personId, role: term.role, to: parsed.to },
      },
    });
    return { roleAssignmentId: term.id, version: parsed.version + 1 };
  });
}
