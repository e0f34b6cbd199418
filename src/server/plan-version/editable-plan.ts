import 'server-only';
import { isPlanBudgetEditable } from '@/domain/budget/sheet-columns';
import { messages } from '@/i18n/catalog';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import { LockedError } from '@/server/kernel/use-case-errors';
import type { Db } from '@/server/kernel/deps';
import { loadOwned } from '@/server/kernel/load-owned';
import { BUDGET_LINE_FIELDS_SELECT } from './plan-selects';

export interface EditablePlan {
  id: string;
  associationId: string;
  year: number;
}

const PLAN_SELECT = { id: true, associationId: true, year: true, status: true, lockedAt: true } as const;

function assertEditable(plan: { status: string; lockedAt: Date | null }): void {
  if (!isPlanBudgetEditable(plan)) throw new LockedError(messages().budgetRules.locked);
}

/** The plan, when it belongs to the association (else NOT_FOUND, as for any foreign id) and its budget may change (else LOCKED). */
export async function loadEditablePlan(db: Db, associationId: string, planId: string): Promise<EditablePlan> {
  const plan = await loadOwned((where) => db.plan.findFirst({ where, select: PLAN_SELECT }), associationId, planId);
  assertEditable(plan);
  return { id: plan.id, associationId: plan.associationId, year: plan.year };
}

/** The line and its plan, under the same conditions as loadEditablePlan. */
export async function loadEditableLine(db: Db, associationId: string, lineId: string) {
  const line = await db.budgetLine.findFirst({
    where: { id: lineId, plan: { associationId } },
    select: {
      ...BUDGET_LINE_FIELDS_SELECT,
      plan: { select: PLAN_SELECT },
    },
  });
  if (!line) throw new AuthorizationError('NOT_FOUND');
  assertEditable(line.plan);
  const { plan, ...rest } = line;
  return {
    line: rest,
    plan: { id: plan.id, associationId: plan.associationId, year: plan.year } satisfies EditablePlan,
  };
}
