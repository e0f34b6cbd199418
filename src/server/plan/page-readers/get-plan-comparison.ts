// Page reader: checks no permission itself. It relies on the comparison page's requireAssociationAccess(slug,
// 'plan.read') (plan/jamfor).
import 'server-only';
import { comparePlans, type PlanComparison, type PlanSnapshot } from '@/domain/plan/compare-plans';
import type { PrismaClient } from '@/generated/prisma/client';
import { prisma } from '@/server/db/client';

export interface PlanVersionChoice {
  id: string;
  year: number;
  versionNumber: number;
  title: string;
  status: string;
  previousVersionId: string | null;
}

async function snapshot(db: PrismaClient, associationId: string, planId: string): Promise<PlanSnapshot | null> {
  const plan = await db.plan.findFirst({
    where: { id: planId, associationId },
    select: {
      year: true,
      sections: {
        orderBy: [{ order: 'asc' }, { id: 'asc' }],
        select: { level: true, title: true, bodyMarkdown: true },
      },
      goals: {
        orderBy: [{ level: 'asc' }, { order: 'asc' }],
        select: { level: true, text: true, interventions: { select: { id: true, name: true } } },
      },
      budgetLines: {
        orderBy: [{ order: 'asc' }, { createdAt: 'asc' }],
        select: {
          name: true,
          type: true,
          intervention: { select: { id: true, name: true } },
          amounts: { where: { kind: { not: 'OUTCOME' } }, select: { year: true, kind: true, amount: true } },
        },
      },
    },
  });
  if (!plan) return null;
  const interventions = new Map<string, { id: string; name: string }>();
  for (const line of plan.budgetLines)
    if (line.intervention) interventions.set(line.intervention.id, line.intervention);
  for (const goal of plan.goals) for (const i of goal.interventions) interventions.set(i.id, i);
  return {
    year: plan.year,
    sections: plan.sections,
    goals: plan.goals.map(({ level, text }) => ({ level, text })),
    interventions: [...interventions.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv')),
    lines: plan.budgetLines.map((line) => ({
      name: line.name,
      type: line.type,
      amounts: line.amounts.map((a) => ({ year: a.year, kind: a.kind, amount: a.amount.toString() })),
    })),
  };
}

/**
 * The association's plan versions to choose from and, for a chosen pair, the comparison (a = the
 * earlier). Without a choice: b = the latest version of the newest year, a = its previous version
 * or else last year's latest plan.
 */
export async function getPlanComparison(
  associationId: string,
  request: { a: string | null; b: string | null },
  db: PrismaClient = prisma,
): Promise<{
  versions: PlanVersionChoice[];
  a: PlanVersionChoice | null;
  b: PlanVersionChoice | null;
  comparison: PlanComparison | null;
}> {
  const versions = await db.plan.findMany({
    where: { associationId },
    orderBy: [{ year: 'desc' }, { versionNumber: 'desc' }],
    select: { id: true, year: true, versionNumber: true, title: true, status: true, previousVersionId: true },
  });
  const b = versions.find((v) => v.id === request.b) ?? versions[0] ?? null;
  const defaultA = b
    ? (versions.find((v) => v.id === b.previousVersionId) ?? versions.find((v) => v.year === b.year - 1) ?? null)
    : null;
  const a = versions.find((v) => v.id === request.a) ?? defaultA;
  if (!a || !b) return { versions, a, b, comparison: null };
  const [snapA, snapB] = await Promise.all([snapshot(db, associationId, a.id), snapshot(db, associationId, b.id)]);
  return { versions, a, b, comparison: snapA && snapB ? comparePlans(snapA, snapB) : null };
}
