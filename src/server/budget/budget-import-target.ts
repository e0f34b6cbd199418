import 'server-only';
import type { PrismaClient } from '@/generated/prisma/client';
import type { PlanStatus } from '@/generated/prisma/enums';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import { prisma } from '@/server/db/client';

/** A plan takes an import while it is still being drafted: not on the agenda, adopted or locked. */
export const IMPORTABLE_PLAN_STATUSES: readonly PlanStatus[] = ['DRAFT', 'IN_PREPARATION', 'IN_CONSULTATION'];

export interface BudgetImportTarget {
  plan: {
    id: string;
    year: number;
    versionNumber: number;
    title: string;
    status: PlanStatus;
    editable: boolean;
    lineCount: number;
  };
  members: { id: string; name: string }[];
  interventions: { id: string; name: string }[];
}

/** The plan (of this association only: another's is NOT_FOUND) and the names the parser matches lines to. */
export async function loadBudgetImportTarget(
  associationId: string,
  planId: string,
  db: PrismaClient = prisma,
): Promise<BudgetImportTarget> {
  const [plan, members, interventions] = await Promise.all([
    db.plan.findFirst({
      where: { id: planId, associationId },
      select: {
        id: true,
        year: true,
        versionNumber: true,
        title: true,
        status: true,
        lockedAt: true,
        _count: { select: { budgetLines: true } },
      },
    }),
    db.member.findMany({
      where: { associationId },
      orderBy: [{ order: 'asc' }, { name: 'asc' }],
      select: { id: true, name: true },
    }),
    db.intervention.findMany({ where: { associationId }, orderBy: { name: 'asc' }, select: { id: true, name: true } }),
  ]);
  if (!plan) throw new AuthorizationError('NOT_FOUND');
  const { lockedAt, _count, ...rest } = plan;
  return {
    plan: {
      ...rest,
      editable: lockedAt === null && IMPORTABLE_PLAN_STATUSES.includes(plan.status),
      lineCount: _count.budgetLines,
    },
    members,
    interventions,
  };
}
