import type { Kronor } from '../../money/kronor';
import type { AmountKind } from '../budget-columns';
import type { BudgetCategory, BudgetLineType } from '../types';
import type { SumKey } from './layout';

export interface ImportColumn {
  year: number;
  kind: AmountKind;
}

export interface ImportedAmount {
  year: number;
  kind: AmountKind;
  amount: Kronor;
}

export interface ImportedLine {
  /** 1-based row in the file. */
  row: number;
  name: string;
  type: BudgetLineType;
  category: BudgetCategory;
  outsideTotal: boolean;
  /** The association's member or intervention the name was matched to, as named there. */
  memberName: string | null;
  interventionName: string | null;
  amounts: ImportedAmount[];
}

export interface ImportedSumCell {
  year: number;
  kind: AmountKind;
  /** 1-based column in the file. */
  column: number;
  /** Null for a formula saved without its value: it cannot be checked. */
  amount: Kronor | null;
}

export interface ImportedSum {
  row: number;
  name: string;
  /** Null for a Summa row the import does not know how to compute. */
  key: SumKey | null;
  cells: ImportedSumCell[];
}

export type ImportErrorCode =
  | 'missingHeader'
  | 'unknownColumn'
  | 'columnWithoutHeader'
  | 'duplicateYear'
  | 'unknownType'
  | 'missingType'
  | 'missingName'
  | 'unreadableAmount'
  | 'twoAmountsExpected'
  | 'formulaWithoutValue';

export interface ImportError {
  /** 1-based row and column, as a spreadsheet shows them. */
  row: number;
  column: number;
  code: ImportErrorCode;
  message: string;
}

export interface ParsedBudgetFile {
  columns: ImportColumn[];
  lines: ImportedLine[];
  sums: ImportedSum[];
  errors: ImportError[];
}

/** What the association's names let the parser recognise. */
export interface ImportContext {
  memberNames: readonly string[];
  interventionNames: readonly string[];
}

export type ReadRowsResult = { ok: true; rows: string[][] } | { ok: false; message: string };
