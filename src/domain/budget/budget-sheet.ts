import type { BudgetCategory, BudgetLineType } from './types';

/**
 * The budget as the editor receives it from the server: plain JSON, amounts as decimal
 * strings (never numbers), every editable thing with the version it was read at.
 */
export type AmountKindForYear = 'BUDGET' | 'PROGNOSIS';

export interface BudgetColumn {
  year: number;
  kind: AmountKindForYear;
}

export interface BudgetCell {
  year: number;
  kind: AmountKindForYear;
  /** Decimal string, e.g. "2100000" or "562.50". */
  amount: string;
  version: number;
}

export interface BudgetSheetLine {
  id: string;
  version: number;
  name: string;
  type: BudgetLineType;
  category: BudgetCategory;
  order: number;
  outsideTotal: boolean;
  note: string;
  memberId: string | null;
  interventionId: string | null;
  /** Keyed by year; a missing year is an empty cell. */
  cells: Record<number, BudgetCell>;
}

export interface BudgetSheetMember {
  id: string;
  kind: 'FK' | 'AF' | 'REGION' | 'MUNICIPALITY';
  name: string;
  population: number | null;
  splitPercent: string | null;
}

export interface BudgetSheetSettings {
  regionHoldsMunicipalRole: boolean;
  municipalSplitKey: 'EQUAL' | 'POPULATION' | 'FIXED_PERCENT';
  equityFloor: string;
  capTiers: { upTo: string | null; percent: string }[];
}

export interface BudgetSheet {
  associationSlug: string;
  planId: string;
  planVersion: number;
  planYear: number;
  planTitle: string;
  planStatus: string;
  /** False for adopted or locked plans and for roles without budget.edit. */
  editable: boolean;
  columns: BudgetColumn[];
  lines: BudgetSheetLine[];
  members: BudgetSheetMember[];
  settings: BudgetSheetSettings;
}
