import 'server-only';
import { z } from 'zod';
import { planDeletionBlockers } from '@/domain/plan/plan-lifecycle';
import { format, messages } from '@/i18n/catalog';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { prisma } from '@/server/db/client';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { id, version } from '@/server/kernel/input';
import { loadOwned } from '@/server/kernel/load-owned';
import { ConflictError, StaleVersionError } from '@/server/kernel/use-case-errors';

const schema = z.object({ associationId: id, planId: id, version }).strict();

/**
 * Deletes a draft plan (read at `version`) with its own content — sections, target groups, focus
 * areas, goals, budget lines — when nothing else refers to it: no decision, matter, minutes,
 * comment, consideration, outcome, invoice, evaluation, intervention link, later version or the
 * year's annual report. Otherwise refused with every reason (ConflictError).
 */
export async function deleteDraftPlan(
  input: z.input<typeof schema>,
  actor: Actor,
  options: UseCaseDeps = {},
): Promise<{ year: number }> {
  const parsed = schema.parse(input);
  const db = options.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'plan.edit', { db });
  return db.$transaction(async (tx) => {
    const plan = await loadOwned(
      (where) =>
        tx.plan.findFirst({
          where,
          select: {
            id: true,
            year: true,
            title: true,
            status: true,
            versionNumber: true,
            version: true,
            adoptionDecisionId: true,
            nextVersion: { select: { id: true } },
            _count: { select: { comments: true, matters: true, paragraphs: true, considerations: true } },
          },
        }),
      parsed.associationId,
      parsed.planId,
    );
    if (plan.version !== parsed.version) throw new StaleVersionError({ version: plan.version });
    const onLines = { budgetLine: { planId: plan.id } };
    const [budgetOutcomes, invoices, goalEvaluations, interventionLinks, otherPlansThatYear, annualReport] =
      await Promise.all([
        tx.budgetOutcome.count({ where: onLines }),
        tx.invoice.count({ where: onLines }),
        tx.goalEvaluation.count({ where: { goal: { planId: plan.id } } }),
        tx.goal.count({ where: { planId: plan.id, interventions: { some: {} } } }),
        tx.plan.count({ where: { associationId: parsed.associationId, year: plan.year, id: { not: plan.id } } }),
        tx.annualReport.count({ where: { associationId: parsed.associationId, year: plan.year } }),
      ]);
    const blockers = planDeletionBlockers({
      status: plan.status,
      laterVersion: plan.nextVersion !== null,
      adoptionDecision: plan.adoptionDecisionId !== null,
      comments: plan._count.comments,
      matters: plan._count.matters,
      minutesParagraphs: plan._count.paragraphs,
      considerations: plan._count.considerations,
      budgetOutcomes,
      invoices,
      goalEvaluations,
      interventionLinks,
      annualReport: annualReport > 0 && otherPlansThatYear === 0,
    });
    if (blockers.length > 0) {
      const t = messages().planContent.deletePlan;
      throw new ConflictError(format(t.refused, { reasons: blockers.map((b) => t.blocker[b]).join(', ') + '.' }));
    }
    const { count } = await tx.plan.deleteMany({ where: { id: plan.id, version: parsed.version } });
    if (count === 0) throw new StaleVersionError({ version: plan.version });
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'plan.deleted',
      entityType: 'Plan',
      entityId: plan.id,
      data: { before: { year: plan.year, title: plan.title, status: plan.status, versionNumber: plan.versionNumber } },
    });
    return { year: plan.year };
  });
}
