import 'server-only';
import { PERMISSIONS } from '@/domain/authz/permissions';
import { commentActionFor, type CommentPhase } from '@/domain/plan/plan-comments';
import { commentReplyMail } from '@/domain/mail/templates/comment-reply';
import { planForCommentMail } from '@/domain/mail/templates/plan-for-comment';
import type { Prisma } from '@/generated/prisma/client';
import { activeAt } from '@/server/authz/load-membership';
import { enqueueMail } from '@/server/mail/enqueue-mail';
import { mailLinks } from '@/server/mail/mail-links';

async function associationOf(tx: Prisma.TransactionClient, associationId: string) {
  return tx.association.findUniqueOrThrow({ where: { id: associationId }, select: { name: true, slug: true } });
}

/**
 * The plan went out for preparation or consultation: everyone whose roles may comment in that
 * phase (permissions plan.comment.preparation / plan.comment.consultation) is asked to, except the
 * sender. The plan has no date by which to comment, so none is given.
 */
export async function mailPlanForComment(
  tx: Prisma.TransactionClient,
  planId: string,
  phase: CommentPhase,
  request: { senderId: string; now: Date },
): Promise<void> {
  const plan = await tx.plan.findUniqueOrThrow({
    where: { id: planId },
    select: { id: true, associationId: true, year: true, title: true },
  });
  const rows = await tx.roleAssignment.findMany({
    where: {
      associationId: plan.associationId,
      role: { in: [...PERMISSIONS[commentActionFor(phase)]] },
      personId: { not: request.senderId },
      ...activeAt(request.now),
    },
    select: { person: { select: { id: true, name: true, email: true } } },
    orderBy: { person: { name: 'asc' } },
  });
  const association = await associationOf(tx, plan.associationId);
  const links = mailLinks(association.slug);
  await enqueueMail(tx, {
    associationId: plan.associationId,
    kind: 'PLAN_FOR_COMMENT',
    recipients: rows.map((row) => row.person),
    render: (recipient) =>
      planForCommentMail({
        recipientName: recipient.name,
        associationName: association.name,
        phase,
        year: plan.year,
        planTitle: plan.title,
        commentBy: null,
        commentsUrl: links.planComments(plan.year),
        preferencesUrl: links.preferences(),
      }),
  });
}

/** The director answered a comment: its author hears of it, with a link to the comment. */
export async function mailCommentReply(
  tx: Prisma.TransactionClient,
  commentId: string,
  request: { replierId: string },
): Promise<void> {
  const comment = await tx.planComment.findUniqueOrThrow({
    where: { id: commentId },
    select: {
      id: true,
      body: true,
      reply: true,
      author: { select: { id: true, name: true, email: true } },
      plan: { select: { associationId: true, year: true } },
    },
  });
  if (comment.author.id === request.replierId || !comment.reply) return;
  const association = await associationOf(tx, comment.plan.associationId);
  const links = mailLinks(association.slug);
  await enqueueMail(tx, {
    associationId: comment.plan.associationId,
    kind: 'COMMENT_REPLY',
    recipients: [comment.author],
    render: (recipient) =>
      commentReplyMail({
        recipientName: recipient.name,
        associationName: association.name,
        year: comment.plan.year,
        comment: comment.body,
        reply: comment.reply!,
        commentUrl: links.planComment(comment.plan.year, comment.id),
        preferencesUrl: links.preferences(),
      }),
  });
}
