import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { postMinutesOnNoticeBoard } from '@/server/notice-board/post-on-notice-board';
import { adoptPlanByDecision } from '@/server/plan/plan-workflow-hooks';

/**
 * What follows when a meeting's minutes are adjusted and locked, in the locking transaction (the lock
 * trigger lets that transaction still write the meeting's rows). ADR 034:
 * - decisions waiting for adjusted minutes (the association's rule; effectiveAt null) take effect now:
 *   the plan they adopt is adopted (adoptPlanByDecision, dated the meeting), the interventions they fund
 *   become DECIDED;
 * - the minutes are posted on the public notice board with their appeal period.
 * Called by the use case that locks the minutes, after it has set minutesLockedAt; no authorization here.
 */
export async function onMinutesLocked(
  tx: Prisma.TransactionClient,
  input: { associationId: string; meetingId: string; lockedAt: Date; personId: string | null },
): Promise<void> {
  const waiting = await tx.decision.findMany({
    where: { meetingId: input.meetingId, associationId: input.associationId, effectiveAt: null },
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      decidedAt: true,
      pendingPlanId: true,
      fundedInterventions: { select: { id: true, status: true } },
    },
  });
  for (const decision of waiting) {
    await tx.decision.update({
      where: { id: decision.id },
      data: { effectiveAt: input.lockedAt, pendingPlanId: null },
    });
    await writeAuditEntry(tx, {
      associationId: input.associationId,
      personId: input.personId,
      action: 'minutes.decisionTookEffect',
      entityType: 'Decision',
      entityId: decision.id,
      data: {
        before: { effectiveAt: null, pendingPlanId: decision.pendingPlanId },
        after: { effectiveAt: input.lockedAt.toISOString(), pendingPlanId: null },
        meetingId: input.meetingId,
      },
    });
    if (decision.pendingPlanId) {
      await adoptPlanByDecision(tx, {
        associationId: input.associationId,
        planId: decision.pendingPlanId,
        decisionId: decision.id,
        decidedAt: decision.decidedAt,
        personId: input.personId,
        now: input.lockedAt,
      });
    }
    for (const intervention of decision.fundedInterventions.filter((i) => i.status === 'PROPOSED')) {
      await tx.intervention.update({
        where: { id: intervention.id },
        data: { status: 'DECIDED', version: { increment: 1 } },
      });
      await writeAuditEntry(tx, {
        associationId: input.associationId,
        personId: input.personId,
        action: 'intervention.fundingDecided',
        entityType: 'Intervention',
        entityId: intervention.id,
        data: { before: { status: 'PROPOSED' }, after: { status: 'DECIDED' }, decisionId: decision.id },
      });
    }
  }
  await postMinutesOnNoticeBoard(tx, {
    associationId: input.associationId,
    meetingId: input.meetingId,
    postedAt: input.lockedAt,
    personId: input.personId,
  });
}
