import 'server-only';
import { z } from 'zod';
import { assertPermission } from '@/server/authz/assert-permission';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import { id } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';

const schema = z.object({ associationId: id, noticeId: id });

/** The person marks one of their own notices read; someone else's notice (or none) is NOT_FOUND, an already read one stays as it was. */
export async function markNoticeRead(
  input: { associationId: string; noticeId: string },
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<{ marked: boolean }> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  const now = deps.now ?? new Date();
  await assertPermission(actor.personId, parsed.associationId, 'meeting.read', { db, now });
  return db.$transaction(async (tx) => {
    const own = await tx.notice.findFirst({
      where: { id: parsed.noticeId, associationId: parsed.associationId, personId: actor.personId },
      select: { id: true },
    });
    if (!own) throw new AuthorizationError('NOT_FOUND');
    const { count } = await tx.notice.updateMany({
      where: { id: parsed.noticeId, associationId: parsed.associationId, personId: actor.personId, readAt: null },
      data: { readAt: now },
    });
    if (count > 0) {
      await writeAuditEntry(tx, {
        associationId: parsed.associationId,
        personId: actor.personId,
        action: 'meeting.noticeRead',
        entityType: 'Notice',
        entityId: parsed.noticeId,
        data: { before: { readAt: null }, after: { readAt: now.toISOString() } },
      });
    }
    return { marked: count > 0 };
  });
}
