import 'server-only';
import { z } from 'zod';
import { calendarDateIn } from '@/domain/calendar/local-date';
import { format, messages } from '@/i18n/catalog';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import { ConflictError } from '@/server/kernel/use-case-errors';
import { OPEN_MATTER_STATUSES } from './return-plan-to-draft';
import { assertNoBlockingBudgetErrors, loadWorkflowPlan } from './transition-plan';
import { nextMatterNumber } from '@/server/matter/next-matter-number';
import { id, version } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';

const schema = z.object({ associationId: id, planId: id, version });

/**
 * The director sends the consulted plan to the board: a PLAN matter, PREPARED, with the plan and
 * a proposed decision. The plan stays IN_CONSULTATION until the matter is put on an agenda
 * (onPlanPutOnAgenda). Refused with blocking budget errors or while an open PLAN matter exists.
 */
export async function sendPlanToBoard(
  input: z.input<typeof schema>,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<{ matterId: string; year: number; number: number }> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  const now = deps.now ?? new Date();
  await assertPermission(actor.personId, parsed.associationId, 'plan.sendOn', { db, now });
  const t = messages().planWorkflow;
  return db.$transaction(async (tx) => {
    const plan = await loadWorkflowPlan(tx, parsed.associationId, parsed.planId, parsed.version);
    await assertNoBlockingBudgetErrors(tx, plan, 'putOnAgenda');
    const open = await tx.matter.count({
      where: {
        associationId: parsed.associationId,
        planId: plan.id,
        kind: 'PLAN',
        status: { in: [...OPEN_MATTER_STATUSES] },
      },
    });
    if (open > 0) throw new ConflictError(t.errors.openPlanMatter);

    const year = calendarDateIn(now).year;
    const number = await nextMatterNumber(tx, parsed.associationId, year);
    const title = format(t.matterTitle, { year: plan.year });
    const proposedDecision = format(t.proposedDecision, { year: plan.year });
    const matter = await tx.matter.create({
      data: {
        associationId: parsed.associationId,
        year,
        number,
        kind: 'PLAN',
        title,
        status: 'PREPARED',
        raisedById: actor.personId,
        planId: plan.id,
        proposedDecision,
      },
      select: { id: true },
    });
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'plan.sentToBoard',
      entityType: 'Matter',
      entityId: matter.id,
      data: { after: { kind: 'PLAN', year, number, title, status: 'PREPARED', planId: plan.id, proposedDecision } },
    });
    return { matterId: matter.id, year, number };
  });
}
