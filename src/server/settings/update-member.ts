import 'server-only';
import { z } from 'zod';
import { changedFields } from '@/domain/audit/changed-fields';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { id, version } from '@/server/kernel/input';
import { StaleVersionError } from '@/server/kernel/use-case-errors';
import { checkMember, memberFields, memberSnapshot } from './member-input';

const schema = z.object({ associationId: id, memberId: id, version, ...memberFields });

export type UpdateMemberInput = z.input<typeof schema>;

/**
 * Changes a member, including ending its membership (the year it left: it still counts for that
 * year and earlier). Audited with before and after.
 */
export async function updateMember(input: UpdateMemberInput, actor: Actor, deps: UseCaseDeps = {}) {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'settings.edit', { db, now: deps.now });
  checkMember(parsed);
  return db.$transaction(async (tx) => {
    const { associationId, memberId, version: seen, ...fields } = parsed;
    const before = await tx.member.findFirst({ where: { id: memberId, associationId } });
    if (!before) throw new AuthorizationError('NOT_FOUND');
    const { count } = await tx.member.updateMany({
      where: { id: memberId, associationId, version: seen },
      data: { ...fields, version: { increment: 1 } },
    });
    if (count === 0) throw new StaleVersionError({ ...memberSnapshot(before), version: before.version });
    await writeAuditEntry(tx, {
      associationId,
      personId: actor.personId,
      action: 'settings.memberChanged',
      entityType: 'Member',
      entityId: memberId,
      data: changedFields(memberSnapshot(before), memberSnapshot(fields)),
    });
    return { id: memberId, version: seen + 1 };
  });
}
