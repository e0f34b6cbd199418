import 'server-only';
import { z } from 'zod';
import { may } from '@/domain/authz/permissions';
import { commentActionFor, commentPhaseFor } from '@/domain/plan/plan-comments';
import { messages } from '@/i18n/catalog';
import { assertPermission } from '@/server/authz/assert-permission';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import { ConflictError, FieldValidationError } from '@/server/kernel/use-case-errors';
import { text } from './plan-workflow-input';
import { loadWorkflowPlan } from './transition-plan';
import { id } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';

const schema = z.object({ associationId: id, planId: id, sectionId: id.nullable().default(null), body: text(5000) });

/**
 * A comment on one section (or the whole plan when sectionId is null) in the plan's current
 * phase: preparation needs plan.comment.preparation, consultation plan.comment.consultation.
 */
export async function commentPlanSection(
  input: z.input<typeof schema>,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<{ commentId: string }> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  const t = messages().planWorkflow.errors;
  const plan = await db.plan.findFirst({
    where: { id: parsed.planId, associationId: parsed.associationId },
    select: { status: true },
  });
  // Authorize for the phase the plan is in; without a phase, only someone who may comment in some
  // phase hears why (the plan is not open for comments); anyone else is refused.
  const phase = plan ? commentPhaseFor(plan.status) : null;
  const roles = await assertPermission(
    actor.personId,
    parsed.associationId,
    phase ? commentActionFor(phase) : 'plan.read',
    { db, now: deps.now },
  );
  if (!phase && !may(roles, 'plan.comment.preparation') && !may(roles, 'plan.comment.consultation'))
    throw new AuthorizationError('FORBIDDEN');
  return db.$transaction(async (tx) => {
    const current = await loadWorkflowPlan(tx, parsed.associationId, parsed.planId);
    const currentPhase = commentPhaseFor(current.status);
    if (!currentPhase || currentPhase !== phase) throw new ConflictError(t.notInPhase);
    if (parsed.sectionId) {
      const section = await tx.planSection.findFirst({
        where: { id: parsed.sectionId, planId: current.id },
        select: { id: true },
      });
      if (!section) throw new FieldValidationError({ sectionId: t.sectionNotInPlan });
    }
    const comment = await tx.planComment.create({
      data: {
        planId: current.id,
        sectionId: parsed.sectionId,
        phase: currentPhase,
        authorId: actor.personId,
        body: parsed.body,
      },
      select: { id: true },
    });
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'plan.commented',
      entityType: 'PlanComment',
      entityId: comment.id,
      data: { after: { planId: current.id, sectionId: parsed.sectionId, phase: currentPhase, body: parsed.body } },
    });
    return { commentId: comment.id };
  });
}
