import 'server-only';
import type { PlanStatus } from '@/generated/prisma/enums';
import { choosePlanYear } from '@/domain/plan/choose-plan-year';
import type { PrismaClient } from '@/generated/prisma/client';
import { prisma } from '@/server/db/client';
import { PLAN_HEADING_SELECT } from './plan-selects';

export interface PlanSummary {
  id: string;
  year: number;
  versionNumber: number;
  title: string;
  status: PlanStatus;
  decidedAt: Date | null;
  /** ADR 034: the date of a decision to adopt the plan that waits for adjusted minutes (not adopted yet). */
  adoptionPendingSince: Date | null;
}

export interface PlanChoice {
  /** Years that have a plan, ascending. */
  years: number[];
  plan: PlanSummary | null;
  /** The year asked for in `?ar=`, when it had no plan and another is shown. */
  requestedYearMissing: number | null;
}

/** Years that have a plan, ascending. */
export async function listPlanYears(associationId: string, db: PrismaClient = prisma): Promise<number[]> {
  const rows = await db.plan.findMany({
    where: { associationId },
    select: { year: true },
    distinct: ['year'],
    orderBy: { year: 'asc' },
  });
  return rows.map((row) => row.year);
}

/** The plan to show: see choosePlanYear; of that year, the latest version. */
export async function findPlan(
  associationId: string,
  currentYear: number,
  requestedYear: number | null,
  db: PrismaClient = prisma,
): Promise<PlanChoice> {
  const years = await listPlanYears(associationId, db);
  const year = choosePlanYear(years, currentYear, requestedYear);
  const requestedYearMissing = requestedYear !== null && requestedYear !== year ? requestedYear : null;
  if (year === null) return { years, plan: null, requestedYearMissing };
  const plan = await db.plan.findFirstOrThrow({
    where: { associationId, year },
    orderBy: { versionNumber: 'desc' },
    select: {
      ...PLAN_HEADING_SELECT,
      pendingAdoptions: { where: { effectiveAt: null }, select: { decidedAt: true }, take: 1 },
    },
  });
  const { adoptedAt, adoptionDecision, pendingAdoptions, ...summary } = plan;
  return {
    years,
    plan: {
      ...summary,
      decidedAt: adoptionDecision?.decidedAt ?? adoptedAt,
      adoptionPendingSince: pendingAdoptions[0]?.decidedAt ?? null,
    },
    requestedYearMissing,
  };
}
