import 'server-only';
import type { BudgetSheetMember, BudgetSheetSettings } from '@/domain/budget/budget-sheet';
import { toKronor } from '@/server/money/to-kronor';
import type { Db } from '@/server/kernel/deps';

/** What the budget rules read besides the sheet: the association's members (split keys) and settings. */
export interface RulesSettings {
  members: BudgetSheetMember[];
  settings: BudgetSheetSettings;
}

/**
 * The members and settings the budget rules run with, mapped once for the budget editor
 * (getBudgetSheet) and for the "send on" check (loadPlanBudgetAnalysis), so the two cannot disagree.
 */
export async function loadRulesSettings(db: Db, associationId: string): Promise<RulesSettings> {
  const [settings, members] = await Promise.all([
    db.associationSettings.findUnique({
      where: { associationId },
      select: {
        regionHoldsMunicipalRole: true,
        municipalSplitKey: true,
        equityFloor: true,
        equityCapTiers: { orderBy: { order: 'asc' }, select: { upTo: true, percent: true } },
      },
    }),
    db.member.findMany({
      where: { associationId },
      orderBy: [{ order: 'asc' }, { name: 'asc' }],
      select: { id: true, kind: true, name: true, population: true, splitPercent: true },
    }),
  ]);
  return {
    members: members.map((m) => ({
      ...m,
      splitPercent: m.splitPercent === null ? null : toKronor(m.splitPercent).toFixed(),
    })),
    settings: {
      regionHoldsMunicipalRole: settings?.regionHoldsMunicipalRole ?? false,
      municipalSplitKey: settings?.municipalSplitKey ?? 'EQUAL',
      equityFloor: settings ? toKronor(settings.equityFloor).toFixed() : '0',
      // domain.md's default: one tier, 20 % up to 7 000 000.
      capTiers: settings
        ? settings.equityCapTiers.map((t) => ({
            upTo: t.upTo === null ? null : toKronor(t.upTo).toFixed(),
            percent: toKronor(t.percent).toFixed(),
          }))
        : [{ upTo: '7000000', percent: '20' }],
    },
  };
}
