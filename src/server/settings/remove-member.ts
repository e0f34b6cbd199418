import 'server-only';
import { z } from 'zod';
import { messages } from '@/i18n/catalog';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { id, version } from '@/server/kernel/input';
import { ConflictError, StaleVersionError } from '@/server/kernel/use-case-errors';
import { memberSnapshot } from './member-input';

const schema = z.object({ associationId: id, memberId: id, version });

/**
 * Removes a member nothing refers to (a member entered by mistake). One that holds seats or roles,
 * carries interventions or matters, or pays a budget line is refused with the reason: its history
 * must stay, so it is ended (the year it left) instead.
 */
export async function removeMember(input: z.input<typeof schema>, actor: Actor, deps: UseCaseDeps = {}) {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'settings.edit', { db, now: deps.now });
  const t = messages().associationSettings.members.errors;
  return db.$transaction(async (tx) => {
    const { associationId, memberId } = parsed;
    const member = await tx.member.findFirst({
      where: { id: memberId, associationId },
      include: { _count: { select: { boardSeats: true, roles: true, interventions: true, matters: true } } },
    });
    if (!member) throw new AuthorizationError('NOT_FOUND');
    if (member.version !== parsed.version)
      throw new StaleVersionError({ ...memberSnapshot(member), version: member.version });
    const budgetLines = await tx.budgetLine.count({ where: { memberId } });
    const uses: string[] = [
      member._count.boardSeats > 0 ? t.uses.seats : null,
      member._count.roles > 0 ? t.uses.roles : null,
      member._count.interventions > 0 ? t.uses.interventions : null,
      member._count.matters > 0 ? t.uses.matters : null,
      budgetLines > 0 ? t.uses.budgetLines : null,
    ].flatMap((use) => (use === null ? [] : [use]));
    if (uses.length > 0) throw new ConflictError(t.inUse(uses.join(', ')));
    await tx.member.delete({ where: { id: memberId } });
    await writeAuditEntry(tx, {
      associationId,
      personId: actor.personId,
      action: 'settings.memberRemoved',
      entityType: 'Member',
      entityId: memberId,
      data: { before: memberSnapshot(member) },
    });
    return { id: memberId };
  });
}
