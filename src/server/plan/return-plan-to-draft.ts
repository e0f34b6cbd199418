import 'server-only';
import { z } from 'zod';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import { loadWorkflowPlan, transitionPlan, type FreshPlan } from './transition-plan';
import { id, version } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';

const schema = z.object({ associationId: id, planId: id, version });

export const OPEN_MATTER_STATUSES = ['RAISED', 'IN_PREPARATION', 'PREPARED', 'ON_AGENDA'] as const;

/**
 * The director takes the plan back to draft from preparation, consultation or the board agenda
 * (e.g. when the board sends it back). An open PLAN matter for it is withdrawn: a new one is made
 * when the plan is sent to the board again.
 */
export async function returnPlanToDraft(
  input: z.input<typeof schema>,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<FreshPlan> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'plan.sendOn', { db, now: deps.now });
  return db.$transaction(async (tx) => {
    const plan = await loadWorkflowPlan(tx, parsed.associationId, parsed.planId, parsed.version);
    const fresh = await transitionPlan(tx, plan, 'returnToDraft', {
      personId: actor.personId,
      action: 'plan.returnedToDraft',
    });
    const open = await tx.matter.findMany({
      where: {
        associationId: parsed.associationId,
        planId: plan.id,
        kind: 'PLAN',
        status: { in: [...OPEN_MATTER_STATUSES] },
      },
      select: { id: true, status: true },
    });
    for (const matter of open) {
      await tx.matter.update({ where: { id: matter.id }, data: { status: 'WITHDRAWN', version: { increment: 1 } } });
      await writeAuditEntry(tx, {
        associationId: parsed.associationId,
        personId: actor.personId,
        action: 'matter.withdrawn',
        entityType: 'Matter',
        entityId: matter.id,
        data: { before: { status: matter.status }, after: { status: 'WITHDRAWN' }, reason: 'plan.returnedToDraft' },
      });
    }
    return fresh;
  });
}
