import 'server-only';
import { loadAssociationRules } from '@/server/settings/load-association-rules';
import type { Prisma } from '@/generated/prisma/client';
import { sheetColumns } from '@/domain/budget/sheet-columns';
import { carriesOn, endYearOf, moveAmountsToYear, nextYearTitle, zeroAfterEnd } from '@/domain/plan/move-plan-year';
import { format, messages } from '@/i18n/catalog';
import { ConflictError } from '@/server/kernel/use-case-errors';

type Tx = Prisma.TransactionClient;

export interface CopyPlanToYearInput {
  sourcePlanId: string;
  year: number;
  personId: string | null;
}

/**
 * Starts the plan for `year` (version 1, DRAFT) from an earlier year's plan: sections, focus areas,
 * target groups, goals (with their links), and budget lines — every line not tied to an
 * intervention, and the lines of running or decided interventions — with the amounts moved on
 * (see moveAmountsToYear; years after an intervention's end are zero). Outcome, comments and
 * consultation notes stay behind. No authorization and no audit entry: the caller does both.
 * Refuses (ConflictError) when the association already has a plan for that year.
 */
export async function copyPlanToYear(tx: Tx, input: CopyPlanToYearInput): Promise<{ planId: string }> {
  const t = messages().planContent.startNextYear;
  const source = await tx.plan.findUnique({
    where: { id: input.sourcePlanId },
    select: { id: true, associationId: true, year: true, title: true },
  });
  if (!source) throw new ConflictError(t.sourceMissing);
  if (input.year <= source.year) throw new ConflictError(t.notLater);
  const existing = await tx.plan.count({ where: { associationId: source.associationId, year: input.year } });
  if (existing > 0) throw new ConflictError(format(t.exists, { year: input.year }));

  const plan = await tx.plan.create({
    data: {
      associationId: source.associationId,
      year: input.year,
      versionNumber: 1,
      status: 'DRAFT',
      title: nextYearTitle(source.title, source.year, input.year, format(t.standardTitle, { year: input.year })),
    },
    select: { id: true },
  });
  await copyPlanContent(tx, { sourcePlanId: source.id, targetPlanId: plan.id, targetYear: input.year });
  return { planId: plan.id };
}

/**
 * Copies a plan's content into another (empty) plan of the same association. Same year: a faithful
 * copy (a revision, src/server/budget/start-budget-revision.ts). A later year: as copyPlanToYear.
 */
export async function copyPlanContent(
  tx: Tx,
  input: { sourcePlanId: string; targetPlanId: string; targetYear: number },
): Promise<void> {
  const source = await tx.plan.findUniqueOrThrow({
    where: { id: input.sourcePlanId },
    include: {
      sections: { orderBy: { order: 'asc' } },
      focusAreas: { orderBy: { order: 'asc' } },
      targetGroups: { include: { interventions: { select: { id: true } } } },
      goals: {
        orderBy: { order: 'asc' },
        include: { targetGroups: { select: { id: true } }, interventions: { select: { id: true } } },
      },
      budgetLines: {
        orderBy: [{ order: 'asc' }, { createdAt: 'asc' }],
        include: {
          amounts: { where: { kind: { in: ['BUDGET', 'PROGNOSIS'] } } },
          intervention: { select: { status: true, endDate: true } },
        },
      },
    },
  });
  const planId = input.targetPlanId;
  const nextYear = input.targetYear !== source.year;
  // The new plan's columns follow the rules of the year it is for.
  const { prognosisYears } = await loadAssociationRules(tx, source.associationId, input.targetYear);

  await tx.planSection.createMany({
    data: source.sections.map(({ order, level, title, bodyMarkdown }) => ({
      planId,
      order,
      level,
      title,
      bodyMarkdown,
    })),
  });
  await tx.focusArea.createMany({
    data: source.focusAreas.map(({ order, title, description }) => ({ planId, order, title, description })),
  });

  const targetGroupIds = new Map<string, string>();
  for (const group of source.targetGroups) {
    const { name, description, ageMin, ageMax, priority, rationale, interventions } = group;
    const copy = await tx.targetGroup.create({
      data: {
        planId,
        name,
        description,
        ageMin,
        ageMax,
        priority,
        rationale,
        interventions: { connect: interventions },
      },
      select: { id: true },
    });
    targetGroupIds.set(group.id, copy.id);
  }
  for (const goal of source.goals) {
    const {
      level,
      order,
      text,
      targetKind,
      targetValue,
      indicator,
      measure,
      financialCheck,
      targetGroups,
      interventions,
    } = goal;
    await tx.goal.create({
      data: {
        planId,
        level,
        order,
        text,
        targetKind,
        targetValue,
        indicator,
        measure,
        financialCheck,
        targetGroups: { connect: targetGroups.map((group) => ({ id: targetGroupIds.get(group.id)! })) },
        interventions: { connect: interventions },
      },
    });
  }

  const columnYears = sheetColumns(input.targetYear, [], prognosisYears).map((c) => c.year);
  let order = 0;
  for (const line of source.budgetLines) {
    const { type, category, name, outsideTotal, memberId, interventionId, note, amounts, intervention } = line;
    const fields = { type, category, name, outsideTotal, memberId, interventionId, note };
    if (nextYear && intervention && !carriesOn(intervention.status)) continue;
    let moved = moveAmountsToYear({
      category: line.category,
      amounts: amounts.map((a) => ({
        year: a.year,
        kind: a.kind as 'BUDGET' | 'PROGNOSIS',
        amount: a.amount.toString(),
      })),
      sourceYear: source.year,
      targetYear: input.targetYear,
      prognosisYears,
    });
    if (nextYear && intervention)
      moved = zeroAfterEnd(moved, endYearOf(intervention.endDate), input.targetYear, columnYears);
    // A line with nothing left to carry (e.g. a one-off cost of an earlier year) stays behind.
    if (nextYear && moved.length === 0 && !line.memberId && line.category !== 'EQUITY') continue;
    await tx.budgetLine.create({
      data: { ...fields, planId, order: nextYear ? order : line.order, amounts: { create: moved } },
    });
    order++;
  }
}
