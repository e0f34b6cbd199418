import 'server-only';
import { z } from 'zod';
import { planDocument, type PlanDocument } from '@/domain/plan-document/plan-document';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { getBudgetSheet } from '@/server/budget/page-readers/get-budget-sheet';
import { prisma } from '@/server/db/client';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { associationId, id } from '@/server/kernel/input';
import { GOAL_STATEMENT_SELECT, PLAN_HEADING_SELECT } from '@/server/plan-version/plan-selects';

export const planDocumentInput = z.object({
  associationId,
  planId: id,
});
export type PlanDocumentRequest = z.input<typeof planDocumentInput>;

/**
 * One plan version as a document (see planDocument): its sections, goals, the decided and
 * running interventions of the association with their budget line in this plan, and the budget
 * tables from the same sheet and rules as the budget editor. Read-only; plan.read.
 * Null when the association has no such plan.
 */
export async function buildPlanDocument(
  rawInput: PlanDocumentRequest,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<PlanDocument | null> {
  const db = deps.db ?? prisma;
  const input = planDocumentInput.parse(rawInput);
  await assertPermission(actor.personId, input.associationId, 'plan.read', { db });
  return readPlanDocument(input, db);
}

/**
 * The document of buildPlanDocument without a permission check: for callers that have decided
 * themselves that the plan may be shown (the public notice board shows only posted, adopted plans).
 */
export async function readPlanDocument(
  input: z.output<typeof planDocumentInput>,
  db: NonNullable<UseCaseDeps['db']> = prisma,
): Promise<PlanDocument | null> {
  const plan = await db.plan.findFirst({
    where: { id: input.planId, associationId: input.associationId },
    select: {
      ...PLAN_HEADING_SELECT,
      association: { select: { name: true } },
      sections: {
        orderBy: { order: 'asc' },
        select: { id: true, order: true, level: true, title: true, bodyMarkdown: true },
      },
      goals: {
        orderBy: [{ level: 'asc' }, { order: 'asc' }],
        select: GOAL_STATEMENT_SELECT,
      },
    },
  });
  if (!plan) return null;
  const [sheet, interventions] = await Promise.all([
    getBudgetSheet(input.associationId, { year: plan.year, versionNumber: plan.versionNumber, roles: [] }, { db }),
    db.intervention.findMany({
      where: { associationId: input.associationId, status: { in: ['DECIDED', 'RUNNING'] } },
      orderBy: [{ startDate: 'asc' }, { name: 'asc' }],
      select: {
        id: true,
        name: true,
        status: true,
        startDate: true,
        endDate: true,
        description: true,
        implementationPlan: true,
        responsibleMembers: { orderBy: { order: 'asc' }, select: { name: true } },
        // Target groups belong to a plan: this plan's.
        targetGroups: { where: { planId: plan.id }, orderBy: { priority: 'asc' }, select: { name: true } },
      },
    }),
  ]);
  if (!sheet) return null;

  return planDocument({
    associationName: plan.association.name,
    plan: {
      id: plan.id,
      year: plan.year,
      versionNumber: plan.versionNumber,
      title: plan.title,
      status: plan.status,
      decidedAt: plan.adoptionDecision?.decidedAt ?? plan.adoptedAt,
    },
    sections: plan.sections,
    budget: sheet,
    goals: plan.goals.map((goal) => ({ ...goal, targetValue: goal.targetValue?.toString() ?? null })),
    interventions: interventions.map((i) => ({
      ...i,
      responsibleMembers: i.responsibleMembers.map((m) => m.name),
      targetGroups: i.targetGroups.map((g) => g.name),
    })),
  });
}

/** The plans a document can be made of, newest year first, each year's versions newest first. */
export async function listDocumentPlans(associationId: string, deps: UseCaseDeps = {}) {
  const db = deps.db ?? prisma;
  return db.plan.findMany({
    where: { associationId },
    orderBy: [{ year: 'desc' }, { versionNumber: 'desc' }],
    select: { id: true, year: true, versionNumber: true, status: true, title: true },
  });
}
