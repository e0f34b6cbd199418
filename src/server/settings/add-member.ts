import 'server-only';
import { z } from 'zod';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { id } from '@/server/kernel/input';
import { checkMember, memberFields, memberSnapshot } from './member-input';

const schema = z.object({ associationId: id, ...memberFields });

export type AddMemberInput = z.input<typeof schema>;

/** Adds a member (party) to the association; audited. */
export async function addMember(input: AddMemberInput, actor: Actor, deps: UseCaseDeps = {}) {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'settings.edit', { db, now: deps.now });
  checkMember(parsed);
  return db.$transaction(async (tx) => {
    const { associationId, ...fields } = parsed;
    const member = await tx.member.create({ data: { associationId, ...fields }, select: { id: true, version: true } });
    await writeAuditEntry(tx, {
      associationId,
      personId: actor.personId,
      action: 'settings.memberAdded',
      entityType: 'Member',
      entityId: member.id,
      data: { after: memberSnapshot(fields) },
    });
    return member;
  });
}
