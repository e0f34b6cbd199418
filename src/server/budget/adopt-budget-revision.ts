import 'server-only';
import { z } from 'zod';
import { Prisma } from '@/generated/prisma/client';
import { decisionDateRefusal } from '@/domain/minutes/decision-date';
import { format, messages } from '@/i18n/catalog';
import { formatLongDate } from '@/i18n/dates';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { assertPermission } from '@/server/authz/assert-permission';
import { prisma } from '@/server/db/client';
import { ConflictError, FieldValidationError } from '@/server/kernel/use-case-errors';
import { copyOutcomesFromPreviousVersion } from './copy-outcomes';
import { postPlanOnNoticeBoard } from '@/server/notice-board/post-on-notice-board';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { associationId, id } from '@/server/kernel/input';

export const adoptBudgetRevisionInput = z.object({
  associationId,
  /** The revised (draft) version. */
  planId: id,
  decisionId: z.string().min(1, { message: messages().budgetFollowUp.versions.decisionNotBoard }),
});

export interface AdoptedRevision {
  planId: string;
  versionNumber: number;
  revisedPlanId: string;
}

/**
 * Records the board's decision adopting a revised budget: the revision becomes the adopted,
 * locked version and the one before it REVISED (still readable, unchanged). The outcome booked
 * so far is copied to the matching lines (same name and type) so the follow-up goes on.
 */
export async function adoptBudgetRevision(
  personId: string | null | undefined,
  rawInput: z.input<typeof adoptBudgetRevisionInput>,
  options: UseCaseDeps = {},
): Promise<AdoptedRevision> {
  const db = options.db ?? prisma;
  const input = adoptBudgetRevisionInput.parse(rawInput);
  await assertPermission(personId, input.associationId, 'plan.adopt', { db });
  const t = messages().budgetFollowUp.versions;

  const decision = await db.decision.findFirst({
    where: { id: input.decisionId, associationId: input.associationId, meeting: { body: 'BOARD' } },
    select: {
      id: true,
      decidedAt: true,
      effectiveAt: true,
      meeting: { select: { startsAt: true } },
      adoptedPlan: { select: { id: true } },
    },
  });
  if (!decision) throw new FieldValidationError({ decisionId: t.decisionNotBoard });
  // A decision exists from its meeting, never before it, and adopts only once it has taken effect (ADR 034).
  if (decisionDateRefusal(decision.meeting.startsAt, options.now ?? new Date()))
    throw new FieldValidationError({
      decisionId: format(messages().minutes.errors.meetingNotHeld, { date: formatLongDate(decision.meeting.startsAt) }),
    });
  if (!decision.effectiveAt) throw new FieldValidationError({ decisionId: t.decisionNotInEffect });
  if (decision.adoptedPlan) throw new FieldValidationError({ decisionId: t.decisionUsed });

  try {
    return await db.$transaction(async (tx) => {
      const plan = await tx.plan.findFirst({
        where: { id: input.planId, associationId: input.associationId },
        select: {
          id: true,
          versionNumber: true,
          status: true,
          previousVersionId: true,
          budgetLines: { select: { id: true, name: true, type: true } },
        },
      });
      const isPending = plan && plan.previousVersionId && plan.status !== 'ADOPTED' && plan.status !== 'REVISED';
      if (!plan || !isPending) throw new ConflictError(t.notARevision);

      const previous = await tx.plan.updateMany({
        where: { id: plan.previousVersionId!, status: 'ADOPTED' },
        data: { status: 'REVISED', version: { increment: 1 } },
      });
      if (previous.count !== 1) throw new ConflictError(t.notARevision);
      const lockedAt = options.now ?? new Date();
      const adopted = await tx.plan.updateMany({
        where: { id: plan.id, status: plan.status },
        data: {
          status: 'ADOPTED',
          adoptionDecisionId: decision.id,
          adoptedAt: decision.decidedAt,
          lockedAt,
          version: { increment: 1 },
        },
      });
      if (adopted.count !== 1) throw new ConflictError(t.notARevision);

      const copied = await copyOutcomesFromPreviousVersion(tx, plan, plan.previousVersionId!);

      await writeAuditEntry(tx, {
        associationId: input.associationId,
        personId: personId ?? null,
        action: 'plan.revisionAdopted',
        entityType: 'Plan',
        entityId: plan.id,
        data: {
          versionNumber: plan.versionNumber,
          revisedPlanId: plan.previousVersionId!,
          outcomeCopied: copied,
          before: { status: plan.status, adoptionDecisionId: null, adoptedAt: null, lockedAt: null },
          after: {
            status: 'ADOPTED',
            adoptionDecisionId: decision.id,
            adoptedAt: decision.decidedAt.toISOString(),
            lockedAt: lockedAt.toISOString(),
          },
        },
      });
      await writeAuditEntry(tx, {
        associationId: input.associationId,
        personId: personId ?? null,
        action: 'plan.revised',
        entityType: 'Plan',
        entityId: plan.previousVersionId!,
        data: {
          revisionPlanId: plan.id,
          decisionId: decision.id,
          before: { status: 'ADOPTED' },
          after: { status: 'REVISED' },
        },
      });
      await postPlanOnNoticeBoard(tx, {
        associationId: input.associationId,
        planId: plan.id,
        postedAt: lockedAt,
        personId: personId ?? null,
      });
      return { planId: plan.id, versionNumber: plan.versionNumber, revisedPlanId: plan.previousVersionId! };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
      throw new FieldValidationError({ decisionId: t.decisionUsed });
    throw error;
  }
}
