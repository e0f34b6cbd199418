import 'server-only';
import { prisma } from '@/server/db/client';
import type { UseCaseDeps } from '@/server/kernel/deps';

export interface BudgetLineForHistory {
  id: string;
  name: string;
  removed: boolean;
  plan: { id: string; year: number; versionNumber: number; title: string } | null;
}

const nameIn = (value: unknown) =>
  typeof value === 'object' && value !== null && typeof (value as { name?: unknown }).name === 'string'
    ? (value as { name: string }).name
    : null;

/**
 * The budget line a history page is about, in this association; a removed line is found through
 * its audit entries (its name and plan are in them). Null when the association never had it.
 * The caller has checked budget.read.
 */
export async function findBudgetLineForHistory(
  associationId: string,
  lineId: string,
  options: UseCaseDeps = {},
): Promise<BudgetLineForHistory | null> {
  const db = options.db ?? prisma;
  const planSelect = { id: true, year: true, versionNumber: true, title: true } as const;
  const line = await db.budgetLine.findFirst({
    where: { id: lineId, plan: { associationId } },
    select: { id: true, name: true, plan: { select: planSelect } },
  });
  if (line) return { id: line.id, name: line.name, removed: false, plan: line.plan };

  const entries = await db.auditLog.findMany({
    where: { associationId, entityType: 'BudgetLine', entityId: lineId },
    orderBy: { id: 'desc' },
    select: { data: true },
  });
  if (entries.length === 0) return null;
  const data = entries.map((e) => (e.data ?? {}) as { planId?: unknown; before?: unknown; after?: unknown });
  const name = data.map((d) => nameIn(d.before) ?? nameIn(d.after)).find((n) => n !== null) ?? lineId;
  const planId = data.map((d) => d.planId).find((p): p is string => typeof p === 'string');
  const plan = planId ? await db.plan.findFirst({ where: { id: planId, associationId }, select: planSelect }) : null;
  return { id: lineId, name, removed: true, plan };
}
