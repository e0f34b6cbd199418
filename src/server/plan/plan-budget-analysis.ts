import 'server-only';
import { analyzeBudget, type BudgetAnalysis } from '@/domain/budget/analyze-budget';
import type { Db } from '@/server/authz/load-membership';
import { loadSheetLines, planColumns } from '@/server/budget/sheet-lines';
import { toKronor } from '@/server/money/to-kronor';

/** Every budget rule over one plan's budget as stored (the same analysis the budget editor shows). */
export async function analyzePlanBudget(db: Db, planId: string): Promise<BudgetAnalysis> {
  const plan = await db.plan.findUniqueOrThrow({ where: { id: planId }, select: { id: true, year: true, associationId: true } });
  const columns = await planColumns(db, plan);
  const [settings, members, lines] = await Promise.all([
    db.associationSettings.findUnique({
      where: { associationId: plan.associationId },
      select: { regionHoldsMunicipalRole: true, municipalSplitKey: true, equityFloor: true, equityCapTiers: { orderBy: { order: 'asc' }, select: { upTo: true, percent: true } } },
    }),
    db.member.findMany({ where: { associationId: plan.associationId }, orderBy: [{ order: 'asc' }, { name: 'asc' }], select: { id: true, kind: true, name: true, population: true, splitPercent: true } }),
    loadSheetLines(db, plan, columns),
  ]);
  return analyzeBudget({
    columns,
    lines,
    members: members.map((m) => ({ ...m, splitPercent: m.splitPercent === null ? null : toKronor(m.splitPercent).toFixed() })),
    settings: {
      regionHoldsMunicipalRole: settings?.regionHoldsMunicipalRole ?? false,
      municipalSplitKey: settings?.municipalSplitKey ?? 'EQUAL',
      equityFloor: settings ? toKronor(settings.equityFloor).toFixed() : '0',
      capTiers: settings
        ? settings.equityCapTiers.map((t) => ({ upTo: t.upTo === null ? null : toKronor(t.upTo).toFixed(), percent: toKronor(t.percent).toFixed() }))
        : [{ upTo: '7000000', percent: '20' }],
    },
  });
}
