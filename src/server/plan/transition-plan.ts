import 'server-only';
import type { AuditAction } from '@/domain/audit/audit-actions';
import { nextPlanStatus, type PlanEvent, type PlanStatus } from '@/domain/plan/plan-workflow';
import type { Prisma } from '@/generated/prisma/client';
import { format, messages } from '@/i18n/catalog';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { ConflictError, StaleVersionError } from '@/server/kernel/use-case-errors';
import { loadBlockingBudgetErrors } from './load-plan-budget-analysis';
import { loadOwned } from '@/server/kernel/load-owned';

export interface WorkflowPlan {
  id: string;
  associationId: string;
  year: number;
  status: PlanStatus;
  version: number;
}

export interface FreshPlan {
  status: PlanStatus;
  version: number;
}

export function illegalTransition(status: PlanStatus): ConflictError {
  const t = messages().planWorkflow;
  return new ConflictError(format(t.errors.illegalTransition, { status: t.status[status] }));
}

/** The plan of the association (NOT_FOUND for a foreign id), at the version the user saw (else STALE). */
export async function loadWorkflowPlan(
  tx: Prisma.TransactionClient,
  associationId: string,
  planId: string,
  seenVersion?: number,
): Promise<WorkflowPlan> {
  const plan = await loadOwned(
    (where) =>
      tx.plan.findFirst({ where, select: { id: true, associationId: true, year: true, status: true, version: true } }),
    associationId,
    planId,
  );
  if (seenVersion !== undefined && plan.version !== seenVersion)
    throw new StaleVersionError<FreshPlan>({ status: plan.status, version: plan.version });
  return plan;
}

/** Refuses (ConflictError) when the event is illegal from the plan's status, then (listing them) when its budget has blocking errors. */
export async function assertNoBlockingBudgetErrors(
  tx: Prisma.TransactionClient,
  plan: WorkflowPlan,
  event: PlanEvent,
): Promise<void> {
  if (!nextPlanStatus(plan.status, event)) throw illegalTransition(plan.status);
  const blocking = await loadBlockingBudgetErrors(tx, plan);
  if (blocking.length > 0)
    throw new ConflictError(
      format(messages().planWorkflow.errors.blockingBudgetErrors, { errors: blocking.join(' ') }),
    );
}

/** Moves the plan by the event (ConflictError when illegal, STALE when changed meanwhile) and writes the audit entry. */
export async function transitionPlan(
  tx: Prisma.TransactionClient,
  plan: WorkflowPlan,
  event: PlanEvent,
  audit: { personId: string | null; action: AuditAction },
): Promise<FreshPlan> {
  const next = nextPlanStatus(plan.status, event);
  if (!next) throw illegalTransition(plan.status);
  const updated = await tx.plan.updateMany({
    where: { id: plan.id, version: plan.version, status: plan.status },
    data: { status: next, version: { increment: 1 } },
  });
  if (updated.count !== 1) {
    const fresh = await tx.plan.findUnique({ where: { id: plan.id }, select: { status: true, version: true } });
    throw new StaleVersionError<FreshPlan | null>(fresh);
  }
  await writeAuditEntry(tx, {
    associationId: plan.associationId,
    personId: audit.personId,
    action: audit.action,
    entityType: 'Plan',
    entityId: plan.id,
    data: { before: { status: plan.status }, after: { status: next } },
  });
  return { status: next, version: plan.version + 1 };
}

/**
 * Sending the plan on (to preparation, to consultation): the plan at the version the user saw, refused
 * while its budget has blocking errors, moved by the event and audited.
 */
export async function sendPlanOn(
  tx: Prisma.TransactionClient,
  request: { associationId: string; planId: string; version: number },
  event: PlanEvent,
  audit: { personId: string | null; action: AuditAction },
): Promise<FreshPlan> {
  const plan = await loadWorkflowPlan(tx, request.associationId, request.planId, request.version);
  await assertNoBlockingBudgetErrors(tx, plan, event);
  return transitionPlan(tx, plan, event, audit);
}
