// Page reader: checks no permission itself. It relies on the intervention page's requireAssociationAccess(slug,
// 'plan.read') (insatser/[interventionId]).
import 'server-only';
import { columnKind, isPlanBudgetEditable } from '@/domain/budget/sheet-columns';
import { amountsAfterEnd, endYearOf } from '@/domain/plan/move-plan-year';
import type { PrismaClient } from '@/generated/prisma/client';
import { planColumns } from '@/server/budget/sheet-lines';
import { prisma } from '@/server/db/client';
import { toKronor } from '@/server/money/to-kronor';
import { INTERVENTION_FIELDS_SELECT } from '../intervention-fields';

/**
 * One intervention with what its page shows and its form offers: links, the deciding decision,
 * its budget line in the chosen plan (one cell per column year, with versions; years after the
 * end flagged), and its lines in every plan (year by year). Null when not the association's.
 */
export async function getIntervention(
  associationId: string,
  interventionId: string,
  planId: string | null,
  db: PrismaClient = prisma,
) {
  const intervention = await db.intervention.findFirst({
    where: { id: interventionId, associationId },
    select: {
      ...INTERVENTION_FIELDS_SELECT,
      fundingDecision: { select: { id: true, text: true, decidedAt: true, effectiveAt: true } },
      responsibleMembers: { select: { id: true, name: true }, orderBy: { order: 'asc' } },
      targetGroups: { select: { id: true, name: true, planId: true } },
      goals: { select: { id: true, text: true, planId: true } },
    },
  });
  if (!intervention) return null;
  const [members, decisions, plan] = await Promise.all([
    db.member.findMany({
      where: { associationId },
      orderBy: [{ order: 'asc' }, { name: 'asc' }],
      select: { id: true, name: true },
    }),
    db.decision.findMany({
      where: { associationId },
      orderBy: { decidedAt: 'desc' },
      select: { id: true, text: true, decidedAt: true, meeting: { select: { title: true } } },
    }),
    planId
      ? db.plan.findFirst({
          where: { id: planId, associationId },
          select: {
            id: true,
            year: true,
            associationId: true,
            status: true,
            lockedAt: true,
            title: true,
            targetGroups: { select: { id: true, name: true }, orderBy: { priority: 'asc' } },
          },
        })
      : null,
  ]);

  let budget = null;
  if (plan) {
    const columns = await planColumns(db, plan);
    const line = await db.budgetLine.findFirst({
      where: { planId: plan.id, interventionId },
      orderBy: { order: 'asc' },
      select: {
        id: true,
        name: true,
        amounts: {
          where: { kind: { not: 'OUTCOME' } },
          select: { year: true, kind: true, amount: true, version: true },
        },
      },
    });
    const endYear = endYearOf(intervention.endDate);
    const cells = columns.map((column) => {
      const stored = line?.amounts.find((a) => a.year === column.year && a.kind === columnKind(plan.year, column.year));
      return {
        year: column.year,
        kind: column.kind,
        amount: stored ? toKronor(stored.amount).toFixed() : null,
        version: stored?.version ?? null,
        afterEnd: endYear !== null && column.year > endYear,
      };
    });
    budget = {
      planId: plan.id,
      planYear: plan.year,
      planTitle: plan.title,
      editable: isPlanBudgetEditable(plan),
      lineId: line?.id ?? null,
      lineName: line?.name ?? null,
      cells,
      /** Years after the end that still hold money (a line saved before the end date moved). */
      flagged: amountsAfterEnd(
        cells.flatMap((c) => (c.amount === null ? [] : [{ year: c.year, kind: c.kind, amount: c.amount }])),
        endYear,
      ),
    };
  }
  return {
    ...intervention,
    members,
    decisions: decisions.map((d) => ({
      id: d.id,
      text: d.text,
      decidedAt: d.decidedAt,
      meetingTitle: d.meeting.title,
    })),
    planTargetGroups: plan?.targetGroups ?? [],
    budget,
  };
}

export type InterventionDetail = NonNullable<Awaited<ReturnType<typeof getIntervention>>>;
