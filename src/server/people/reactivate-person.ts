import 'server-only';
import { z } from 'zod';
import { messages } from '@/i18n/catalog';
import type { Role } from '@/domain/authz/roles';
import type { Actor } from '@/server/authz/session-actor';
import { assertPermission } from '@/server/authz/assert-permission';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import { associationId, id, version } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import { ConflictError, StaleVersionError } from '@/server/kernel/use-case-errors';
import type { EndedAssignment } from './deactivate-person';

const reactivatePersonInput = z.object({ associationId, personId: id, version }).strict();
export type ReactivatePersonInput = z.input<typeof reactivatePersonInput>;

/**
 * Gives back what the person's last deactivation in this association took: the terms it ended get
 * their former end again, removed future terms come back, and signing in works again. A term that
 * has ended by its own date since stays ended.
 */
export async function reactivatePerson(
  raw: ReactivatePersonInput,
  actor: Actor,
  { db = prisma, now = new Date() }: UseCaseDeps = {},
): Promise<{ personId: string }> {
  const input = reactivatePersonInput.parse(raw);
  await assertPermission(actor.personId, input.associationId, 'people.manage', { db, now });
  return db.$transaction(async (tx) => {
    const [deactivation, reactivation] = await Promise.all(
      (['people.deactivated', 'people.reactivated'] as const).map((action) =>
        tx.auditLog.findFirst({
          where: { associationId: input.associationId, entityId: input.personId, action },
          orderBy: { id: 'desc' },
        }),
      ),
    );
    if (!deactivation) throw new AuthorizationError('NOT_FOUND');
    if (reactivation && reactivation.id > deactivation.id) throw new ConflictError(messages().people.notDeactivated);
    const person = await tx.person.updateMany({
      where: { id: input.personId, version: input.version },
      data: { version: { increment: 1 }, deactivatedAt: null },
    });
    if (person.count === 0) throw new StaleVersionError(null);
    const ended = ((deactivation.data as { ended?: EndedAssignment[] } | null)?.ended ?? []) as EndedAssignment[];
    for (const assignment of ended) {
      const validTo = assignment.validTo ? new Date(assignment.validTo) : null;
      if (validTo && validTo <= now) continue;
      if (assignment.removed) {
        await tx.roleAssignment.create({
          data: {
            personId: input.personId,
            associationId: input.associationId,
            role: assignment.role as Role,
            memberId: assignment.memberId,
            validFrom: assignment.validFrom ? new Date(assignment.validFrom) : null,
            validTo,
          },
        });
      } else {
        await tx.roleAssignment.updateMany({
          where: { id: assignment.id, personId: input.personId },
          data: { validTo, version: { increment: 1 } },
        });
      }
    }
    await writeAuditEntry(tx, {
      associationId: input.associationId,
      personId: actor.personId,
      action: 'people.reactivated',
      entityType: 'Person',
      entityId: input.personId,
      data: { restored: ended.map((assignment) => assignment.role) },
    });
    return { personId: input.personId };
  });
}
