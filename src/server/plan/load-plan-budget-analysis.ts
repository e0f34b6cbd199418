import 'server-only';
import { analyzeBudget, type BudgetAnalysis } from '@/domain/budget/analyze-budget';
import { loadSheetLines, planColumns } from '@/server/budget/sheet-lines';
import { toKronor } from '@/server/money/to-kronor';
import type { Db } from '@/server/kernel/deps';

/** The budget rules over one plan version, loaded as the budget page loads its sheet. */
export async function loadPlanBudgetAnalysis(db: Db, plan: { id: string; year: number; associationId: string }): Promise<BudgetAnalysis> {
  // The columns and the lines load side by side; the lines wait for the columns only to be shaped.
  const columnsLoaded = planColumns(db, plan);
  const [columns, settings, members, lines] = await Promise.all([
    columnsLoaded,
    db.associationSettings.findUnique({
      where: { associationId: plan.associationId },
      select: { regionHoldsMunicipalRole: true, municipalSplitKey: true, equityFloor: true, equityCapTiers: { orderBy: { order: 'asc' }, select: { upTo: true, percent: true } } },
    }),
    db.member.findMany({ where: { associationId: plan.associationId }, orderBy: [{ order: 'asc' }, { name: 'asc' }], select: { id: true, kind: true, name: true, population: true, splitPercent: true } }),
    loadSheetLines(db, plan, columnsLoaded),
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

/** The error messages that block sending the plan on (empty when none). */
export async function loadBlockingBudgetErrors(db: Db, plan: { id: string; year: number; associationId: string }): Promise<string[]> {
  const analysis = await loadPlanBudgetAnalysis(db, plan);
  return analysis.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.message);
}
