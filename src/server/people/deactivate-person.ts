import 'server-only';
import { z } from 'zod';
import { messages } from '@/i18n/catalog';
import type { Prisma } from '@/generated/prisma/client';
import type { Actor } from '@/server/authz/session-actor';
import { assertPermission } from '@/server/authz/assert-permission';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import { associationId, id, version } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import { ConflictError, StaleVersionError } from '@/server/kernel/use-case-errors';

const deactivatePersonInput = z.object({ associationId, personId: id, version }).strict();
export type DeactivatePersonInput = z.input<typeof deactivatePersonInput>;

/** What a deactivation changed, kept in its audit entry so a reactivation can give it back. */
export interface EndedAssignment {
  id: string;
  role: string;
  memberId: string | null;
  validFrom: string | null;
  /** The term's end before the deactivation (null: open-ended). */
  validTo: string | null;
  /** A term that had not started was removed rather than ended. */
  removed: boolean;
}

/**
 * Ends a person's access to this association today: their running role terms end now, terms not
 * yet started are removed, open invitations are revoked. When they then hold no role anywhere, the
 * person is deactivated (signing in is refused) and their sessions end.
 */
export async function deactivatePerson(
  raw: DeactivatePersonInput,
  actor: Actor,
  { db = prisma, now = new Date() }: UseCaseDeps = {},
): Promise<{ personId: string; deactivatedEverywhere: boolean }> {
  const input = deactivatePersonInput.parse(raw);
  await assertPermission(actor.personId, input.associationId, 'people.manage', { db, now });
  if (input.personId === actor.personId) throw new ConflictError(messages().people.notYourself);
  return db.$transaction(async (tx) => {
    const assignments = await tx.roleAssignment.findMany({
      where: {
        personId: input.personId,
        associationId: input.associationId,
        OR: [{ validTo: null }, { validTo: { gt: now } }],
      },
    });
    const invited = await tx.invitation.count({
      where: { personId: input.personId, associationId: input.associationId },
    });
    if (assignments.length === 0 && invited === 0) throw new AuthorizationError('NOT_FOUND');
    const person = await tx.person.updateMany({
      where: { id: input.personId, version: input.version },
      data: { version: { increment: 1 } },
    });
    if (person.count === 0) throw new StaleVersionError(null);

    const ended: EndedAssignment[] = [];
    for (const assignment of assignments) {
      const notStarted = assignment.validFrom !== null && assignment.validFrom > now;
      if (notStarted) await tx.roleAssignment.delete({ where: { id: assignment.id } });
      else
        await tx.roleAssignment.update({
          where: { id: assignment.id },
          data: { validTo: now, version: { increment: 1 } },
        });
      ended.push({
        id: assignment.id,
        role: assignment.role,
        memberId: assignment.memberId,
        validFrom: assignment.validFrom?.toISOString() ?? null,
        validTo: assignment.validTo?.toISOString() ?? null,
        removed: notStarted,
      });
    }
    await tx.invitation.updateMany({
      where: { personId: input.personId, associationId: input.associationId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now, version: { increment: 1 } },
    });
    const elsewhere = await tx.roleAssignment.count({
      where: { personId: input.personId, OR: [{ validTo: null }, { validTo: { gt: now } }] },
    });
    const deactivatedEverywhere = elsewhere === 0;
    if (deactivatedEverywhere)
      await tx.person.update({
        where: { id: input.personId },
        data: { deactivatedAt: now, sessionVersion: { increment: 1 } },
      });
    await writeAuditEntry(tx, {
      associationId: input.associationId,
      personId: actor.personId,
      action: 'people.deactivated',
      entityType: 'Person',
      entityId: input.personId,
      data: { ended, deactivatedEverywhere } as unknown as Prisma.InputJsonValue,
    });
    return { personId: input.personId, deactivatedEverywhere };
  });
}
