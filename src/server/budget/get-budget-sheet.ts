import 'server-only';
import { may } from '@/domain/authz/permissions';
import type { Role } from '@/domain/authz/roles';
import type { BudgetSheet } from '@/domain/budget/budget-sheet';
import { chooseSheetPlan, isPlanBudgetEditable } from '@/domain/budget/sheet-columns';
import { calendarDateIn } from '@/domain/calendar/local-date';
import { prisma } from '@/server/db/client';
import { toKronor } from '@/server/money/to-kronor';
import { loadSheetLines, planColumns } from './sheet-lines';
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
    select: { id: true, associationId: true, year: true, versionNumber: true, status: true, title: true, lockedAt: true },
  });
  const plan = chooseSheetPlan(plans, calendarDateIn(deps.now ?? new Date()).year, options);
  if (!plan) return null;

  // The columns and the lines load side by side; the lines wait for the columns only to be shaped.
  const columnsLoaded = planColumns(db, plan);
  const [columns, association, settings, members, lines] = await Promise.all([
    columnsLoaded,
    db.association.findUniqueOrThrow({ where: { id: associationId }, select: { slug: true } }),
    db.associationSettings.findUnique({
      where: { associationId },
      select: { regionHoldsMunicipalRole: true, municipalSplitKey: true, equityFloor: true, equityCapTiers: { orderBy: { order: 'asc' }, select: { upTo: true, percent: true } } },
    }),
    db.member.findMany({ where: { associationId }, orderBy: [{ order: 'asc' }, { name: 'asc' }], select: { id: true, kind: true, name: true, population: true, splitPercent: true } }),
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
    members: members.map((m) => ({ ...m, splitPercent: m.splitPercent === null ? null : toKronor(m.splitPercent).toFixed() })),
    settings: {
      regionHoldsMunicipalRole: settings?.regionHoldsMunicipalRole ?? false,
      municipalSplitKey: settings?.municipalSplitKey ?? 'EQUAL',
      equityFloor: settings ? toKronor(settings.equityFloor).toFixed() : '0',
      // domain.md's default: one tier, 20 % up to 7 000 000.
      capTiers: settings
        ? settings.equityCapTiers.map((t) => ({ upTo: t.upTo === null ? null : toKronor(t.upTo).toFixed(), percent: toKronor(t.percent).toFixed() }))
        : [{ upTo: '7000000', percent: '20' }],
    },
  };
}
