import 'server-only';
import type { BudgetSheetMember, BudgetSheetSettings } from '@/domain/budget/budget-sheet';
import type { Db } from '@/server/kernel/deps';
import { loadAssociationRules, loadMembersForYear } from '@/server/settings/load-association-rules';

/** What the budget rules read besides the sheet: the association's members (split keys) and settings. */
export interface RulesSettings {
  members: BudgetSheetMember[];
  settings: BudgetSheetSettings;
}

/**
 * The members and settings the budget rules run with for the plan's year (ADR 031: the rules and the
 * municipal key in force that year), mapped once for the budget editor (getBudgetSheet) and for the
 * "send on" check (loadPlanBudgetAnalysis), so the two cannot disagree.
 */
export async function loadRulesSettings(db: Db, associationId: string, planYear: number): Promise<RulesSettings> {
  const [rules, members] = await Promise.all([
    loadAssociationRules(db, associationId, planYear),
    loadMembersForYear(db, associationId, planYear),
  ]);
  return {
    members: members.map((m) => ({
      id: m.id,
      kind: m.kind,
      name: m.name,
      population: m.population,
      splitPercent: m.splitPercent === null ? null : m.splitPercent.toFixed(),
    })),
    settings: {
      regionHoldsMunicipalRole: rules.regionHoldsMunicipalRole,
      municipalSplitKey: rules.municipalSplitKey,
      equityFloor: rules.equityFloor.toFixed(),
      capTiers: rules.capTiers.map((t) => ({
        upTo: t.upTo === null ? null : t.upTo.toFixed(),
        percent: t.percent.toFixed(),
      })),
    },
  };
}
