// Page reader: checks no permission itself. It relies on the budget page's requireAssociationAccess(slug,
// 'budget.read'); the use cases that reuse it (equity report, annual report, plan document) check their own
// permission first.
import 'server-only';
import { may } from '@/domain/authz/permissions';
import type { Role } from '@/domain/authz/roles';
import type { BudgetSheet } from '@/domain/budget/budget-sheet';
import { chooseSheetPlan, isPlanBudgetEditable } from '@/domain/budget/sheet-columns';
import { calendarDateIn } from '@/domain/calendar/local-date';
import { prisma } from '@/server/db/client';
import { loadRulesSettings } from '../load-rules-settings';
import { loadSheetLines, planColumns } from '../sheet-lines';
import type { UseCaseDeps } from '@/server/kernel/deps';

/**
 * The budget editor's sheet for one plan version (see chooseSheetPlan for which), or null when
 * the association has no such plan. The caller has checked budget.read; `roles` decide `editable`.
 */
export async function getBudgetSheet(
  associationId: string,
  options: { year?: number; versionNumber?: number; roles: Role[] },
  deps: UseCaseDeps = {},
): Promise<BudgetSheet | null> {
  const db = deps.db ?? prisma;
  const plans = await db.plan.findMany({
    where: { associationId },
    select: {
      id: true,
      associationId: true,
      year: true,
      versionNumber: true,
      status: true,
      title: true,
      lockedAt: true,
    },
  });
  const plan = chooseSheetPlan(plans, calendarDateIn(deps.now ?? new Date()).year, options);
  if (!plan) return null;

  // The columns and the lines load side by side; the lines wait for the columns only to be shaped.
  const columnsLoaded = planColumns(db, plan);
  const [columns, association, rules, lines] = await Promise.all([
    columnsLoaded,
    db.association.findUniqueOrThrow({ where: { id: associationId }, select: { slug: true } }),
    loadRulesSettings(db, associationId, plan.year),
    loadSheetLines(db, plan, columnsLoaded),
  ]);

  return {
    associationSlug: association.slug,
    planId: plan.id,
    planVersion: plan.versionNumber,
    planYear: plan.year,
    planTitle: plan.title,
    planStatus: plan.status,
    editable: may(options.roles, 'budget.edit') && isPlanBudgetEditable(plan),
    columns,
    lines,
    members: rules.members,
    settings: rules.settings,
  };
}
