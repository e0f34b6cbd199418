import 'server-only';
import { loadAssociationRules } from '@/server/settings/load-association-rules';
import { calendarDateIn } from '@/domain/calendar/local-date';
import { isAdoptedLate } from '@/domain/plan/adoption-deadline';
import { nextPlanStatus } from '@/domain/plan/plan-workflow';
import type { Prisma } from '@/generated/prisma/client';
import { format, messages } from '@/i18n/catalog';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { ConflictError } from '@/server/kernel/use-case-errors';
import { copyOutcomesFromPreviousVersion } from '@/server/budget/copy-outcomes';
import { postPlanOnNoticeBoard } from '@/server/notice-board/post-on-notice-board';
import { loadBlockingBudgetErrors } from './load-plan-budget-analysis';

/*
 * Hooks other areas call inside their own transaction. No authorization here: the caller has
 * authorized (matter.* / minutes.write). Each writes its own audit entry with the caller's tx.
 */

function illegal(status: string): ConflictError {
  const t = messages().planWorkflow;
  return new ConflictError(
    format(t.errors.illegalTransition, { status: t.status[status as keyof typeof t.status] ?? status }),
  );
}

/**
 * A PLAN matter was put on a board agenda: the plan goes IN_CONSULTATION → ON_AGENDA and its budget
 * freezes. Refused (ConflictError) when the plan is not in consultation or its budget has blocking errors.
 */
export async function onPlanPutOnAgenda(
  tx: Prisma.TransactionClient,
  input: { associationId: string; planId: string; personId: string | null },
): Promise<void> {
  const t = messages().planWorkflow;
  const plan = await tx.plan.findFirst({
    where: { id: input.planId, associationId: input.associationId },
    select: { id: true, year: true, associationId: true, status: true },
  });
  if (!plan) throw new ConflictError(t.errors.planNotFound);
  const next = nextPlanStatus(plan.status, 'putOnAgenda');
  if (!next) throw illegal(plan.status);
  const blocking = await loadBlockingBudgetErrors(tx, plan);
  if (blocking.length > 0)
    throw new ConflictError(format(t.errors.blockingBudgetErrors, { errors: blocking.join(' ') }));
  const updated = await tx.plan.updateMany({
    where: { id: plan.id, status: plan.status },
    data: { status: next, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw illegal(plan.status);
  await writeAuditEntry(tx, {
    associationId: input.associationId,
    personId: input.personId,
    action: 'plan.putOnAgenda',
    entityType: 'Plan',
    entityId: plan.id,
    data: { before: { status: plan.status }, after: { status: next } },
  });
}

/**
 * The board's decision adopts the plan: ON_AGENDA → ADOPTED with the decision, adoptedAt (the
 * decision's date) and lockedAt (now). `late` when decided after the association's deadline
 * (default 30 November) of the year before the plan year. A revision's previous ADOPTED version
 * becomes REVISED and its booked outcome is carried to the matching lines (as adoptBudgetRevision).
 */
export async function adoptPlanByDecision(
  tx: Prisma.TransactionClient,
  input: {
    associationId: string;
    planId: string;
    decisionId: string;
    decidedAt: Date;
    personId: string | null;
    now: Date;
  },
): Promise<{ late: boolean }> {
  const t = messages().planWorkflow;
  const plan = await tx.plan.findFirst({
    where: { id: input.planId, associationId: input.associationId },
    select: {
      id: true,
      year: true,
      status: true,
      versionNumber: true,
      previousVersionId: true,
      adoptionDecisionId: true,
      adoptedAt: true,
      lockedAt: true,
      budgetLines: { select: { id: true, name: true, type: true } },
    },
  });
  if (!plan) throw new ConflictError(t.errors.planNotFound);
  const next = nextPlanStatus(plan.status, 'adopt');
  if (!next) throw illegal(plan.status);

  const settings = await loadAssociationRules(tx, input.associationId, plan.year);
  const late = isAdoptedLate({
    planYear: plan.year,
    decidedOn: calendarDateIn(input.decidedAt),
    deadlineMonth: settings.adoptionDeadlineMonth,
    deadlineDay: settings.adoptionDeadlineDay,
  });

  let revisedPlanId: string | null = null;
  let outcomeCopied = 0;
  if (plan.previousVersionId) {
    const previous = await tx.plan.updateMany({
      where: { id: plan.previousVersionId, status: 'ADOPTED' },
      data: { status: 'REVISED', version: { increment: 1 } },
    });
    if (previous.count === 1) {
      revisedPlanId = plan.previousVersionId;
      outcomeCopied = await copyOutcomesFromPreviousVersion(tx, plan, plan.previousVersionId);
    }
  }

  const adopted = await tx.plan.updateMany({
    where: { id: plan.id, status: plan.status },
    data: {
      status: next,
      adoptionDecisionId: input.decisionId,
      adoptedAt: input.decidedAt,
      lockedAt: input.now,
      version: { increment: 1 },
    },
  });
  if (adopted.count !== 1) throw illegal(plan.status);

  await writeAuditEntry(tx, {
    associationId: input.associationId,
    personId: input.personId,
    action: 'plan.adopted',
    entityType: 'Plan',
    entityId: plan.id,
    data: {
      before: {
        status: plan.status,
        adoptionDecisionId: plan.adoptionDecisionId,
        adoptedAt: plan.adoptedAt?.toISOString() ?? null,
        lockedAt: plan.lockedAt?.toISOString() ?? null,
      },
      after: {
        status: next,
        adoptionDecisionId: input.decisionId,
        adoptedAt: input.decidedAt.toISOString(),
        lockedAt: input.now.toISOString(),
      },
      // Decided after the association's deadline: a property of the adoption, not a field of the plan.
      late,
      ...(revisedPlanId ? { revisedPlanId, outcomeCopied } : {}),
    },
  });
  await postPlanOnNoticeBoard(tx, { ...input, postedAt: input.now });
  return { late };
}
