import type { BudgetCell, BudgetColumn, BudgetSheetLine } from '@/domain/budget/budget-sheet';
import { formatKronor, parseKronor } from '@/domain/money/kronor';

/** The form's values: one text per cell, as typed. */
export type CellTexts = Record<string, string>;

export function cellKey(lineId: string, year: number): string {
  return `${lineId}_${year}`;
}

/** How an amount is shown in an input: sv-SE grouping, no unit; an empty cell stays empty. */
export function cellText(cell: Pick<BudgetCell, 'amount'> | null | undefined): string {
  return cell ? formatKronor(cell.amount, { unit: false }) : '';
}

export function initialTexts(lines: readonly BudgetSheetLine[], columns: readonly BudgetColumn[]): CellTexts {
  const texts: CellTexts = {};
  for (const line of lines)
    for (const column of columns) texts[cellKey(line.id, column.year)] = cellText(line.cells[column.year]);
  return texts;
}

/**
 * The lines with what is typed right now: a readable text replaces the stored amount (empty text
 * empties the cell), unreadable text keeps the stored amount until it is corrected.
 */
export function liveLines(
  lines: readonly BudgetSheetLine[],
  columns: readonly BudgetColumn[],
  texts: CellTexts,
): BudgetSheetLine[] {
  return lines.map((line) => {
    const cells: Record<number, BudgetCell> = { ...line.cells };
    for (const column of columns) {
      const text = texts[cellKey(line.id, column.year)];
      if (text === undefined) continue;
      const amount = parseKronor(text);
      if (amount === null) continue;
      if (text.trim() === '' && !line.cells[column.year]) delete cells[column.year];
      else
        cells[column.year] = {
          year: column.year,
          kind: column.kind,
          amount: amount.toString(),
          version: line.cells[column.year]?.version ?? 0,
        };
    }
    return { ...line, cells };
  });
}
