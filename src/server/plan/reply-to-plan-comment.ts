import 'server-only';
import { z } from 'zod';
import { messages } from '@/i18n/catalog';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import { LockedError, StaleVersionError } from '@/server/kernel/use-case-errors';
import { mailCommentReply } from './plan-comment-mail';
import { text } from './plan-workflow-input';
import { id, version } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';

const schema = z.object({ associationId: id, commentId: id, version, reply: text(5000) });

export interface FreshComment {
  reply: string | null;
  version: number;
}

/** The director answers a comment (or changes the answer) until the plan is adopted. */
export async function replyToPlanComment(
  input: z.input<typeof schema>,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<{ version: number }> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  const now = deps.now ?? new Date();
  await assertPermission(actor.personId, parsed.associationId, 'plan.comment.reply', { db, now });
  return db.$transaction(async (tx) => {
    const comment = await tx.planComment.findFirst({
      where: { id: parsed.commentId, plan: { associationId: parsed.associationId } },
      select: {
        id: true,
        planId: true,
        reply: true,
        version: true,
        plan: { select: { status: true, lockedAt: true } },
      },
    });
    if (!comment) throw new AuthorizationError('NOT_FOUND');
    if (comment.plan.lockedAt || comment.plan.status === 'ADOPTED' || comment.plan.status === 'REVISED')
      throw new LockedError(messages().budgetRules.locked);
    const updated = await tx.planComment.updateMany({
      where: { id: comment.id, version: parsed.version },
      data: { reply: parsed.reply, repliedById: actor.personId, repliedAt: now, version: { increment: 1 } },
    });
    if (updated.count !== 1)
      throw new StaleVersionError<FreshComment>({ reply: comment.reply, version: comment.version });
    await mailCommentReply(tx, comment.id, { replierId: actor.personId });
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'plan.commentReplied',
      entityType: 'PlanComment',
      entityId: comment.id,
      data: { planId: comment.planId, before: { reply: comment.reply }, after: { reply: parsed.reply } },
    });
    return { version: parsed.version + 1 };
  });
}
