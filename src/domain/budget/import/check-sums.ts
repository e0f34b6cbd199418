import type { Kronor } from '../../money/kronor';
import type { AmountKind } from '../budget-columns';
import { computedSums, sumsKey } from './computed-sums';
import type { ParsedBudgetFile } from './types';

export interface SumMismatch {
  row: number;
  column: number;
  name: string;
  year: number;
  kind: AmountKind;
  printed: Kronor;
  computed: Kronor;
}

export interface SumNotChecked {
  row: number;
  name: string;
  reason: 'UNKNOWN_NAME' | 'FORMULA_WITHOUT_VALUE';
  /** Set for a formula cell; an unknown Summa row is not checked in any column. */
  column: number | null;
  year: number | null;
}

export interface SumReport {
  matched: number;
  mismatches: SumMismatch[];
  notChecked: SumNotChecked[];
}

/** Compares every Summa cell of the file with the same sum computed from its lines. */
export function checkSums(parsed: Pick<ParsedBudgetFile, 'columns' | 'lines' | 'sums'>): SumReport {
  const computed = computedSums(parsed.lines, parsed.columns);
  const report: SumReport = { matched: 0, mismatches: [], notChecked: [] };
  for (const sum of parsed.sums) {
    if (sum.key === null) {
      report.notChecked.push({ row: sum.row, name: sum.name, reason: 'UNKNOWN_NAME', column: null, year: null });
      continue;
    }
    for (const cell of sum.cells) {
      if (cell.amount === null) {
        report.notChecked.push({
          row: sum.row,
          name: sum.name,
          reason: 'FORMULA_WITHOUT_VALUE',
          column: cell.column,
          year: cell.year,
        });
        continue;
      }
      const value = computed.get(sumsKey(cell))![sum.key];
      if (value.equals(cell.amount)) report.matched++;
      else
        report.mismatches.push({
          row: sum.row,
          column: cell.column,
          name: sum.name,
          year: cell.year,
          kind: cell.kind,
          printed: cell.amount,
          computed: value,
        });
    }
  }
  return report;
}
