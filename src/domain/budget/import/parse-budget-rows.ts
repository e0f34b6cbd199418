import { format, messages } from '@/i18n/catalog';
import { guessCategory } from './guess-category';
import { FIRST_AMOUNT_COLUMN, NAME_COLUMN, TYPE_COLUMN, lineTypeOf, parseColumnHeader, sumKeyOf } from './layout';
import { parseAmountCell } from './parse-amount-cell';
import type {
  ImportColumn,
  ImportContext,
  ImportError,
  ImportErrorCode,
  ImportedAmount,
  ImportedLine,
  ImportedSum,
  ParsedBudgetFile,
} from './types';

/** A file column and the years (one, or two for "Prognos 2023/2024") it holds. */
interface YearColumn {
  column: number;
  kind: ImportColumn['kind'];
  years: number[];
}

const HEADER_SEARCH_ROWS = 10;
const cell = (cells: readonly string[], column: number) => (cells[column - 1] ?? '').trim();
const isEmpty = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/** Outcome is kept apart: "Budget 2026" and "Utfall 2026" may stand side by side, "Budget 2026" and "Prognos 2026" not. */
const track = (kind: ImportColumn['kind']) => (kind === 'OUTCOME' ? 'OUTCOME' : 'PLAN');

function errorOf(
  row: number,
  column: number,
  code: ImportErrorCode,
  values: Record<string, string | number> = {},
): ImportError {
  return { row, column, code, message: format(messages().budgetImport.errors[code], values) };
}

/** The header row: the first of the top rows with a kind-and-year heading (a title row above it is allowed). */
function findHeaderRow(rows: readonly string[][]): number | null {
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < limit; index++) {
    const cells = rows[index]!;
    if (lineTypeOf(cell(cells, TYPE_COLUMN)) !== null) return null;
    if (cells.slice(FIRST_AMOUNT_COLUMN - 1).some((text) => parseColumnHeader(text) !== null)) return index;
  }
  return null;
}

function readHeader(rows: readonly string[][], headerIndex: number, errors: ImportError[]): YearColumn[] {
  const header = rows[headerIndex]!;
  const row = headerIndex + 1;
  const width = Math.max(...rows.map((cells) => cells.length));
  const columns: YearColumn[] = [];
  const seen = new Set<string>();
  for (let column = FIRST_AMOUNT_COLUMN; column <= width; column++) {
    const text = cell(header, column);
    if (text === '') {
      if (rows.slice(headerIndex + 1).some((cells) => cell(cells, column) !== ''))
        errors.push(errorOf(row, column, 'columnWithoutHeader'));
      continue;
    }
    const parsed = parseColumnHeader(text);
    if (!parsed) {
      errors.push(errorOf(row, column, 'unknownColumn', { header: text }));
      continue;
    }
    for (const year of parsed.years) {
      const key = `${track(parsed.kind)}:${year}`;
      if (seen.has(key)) errors.push(errorOf(row, column, 'duplicateYear', { year }));
      seen.add(key);
    }
    columns.push({ column, ...parsed });
  }
  return columns;
}

/**
 * Reads the association's budget sheet (rows of cell texts from CSV or XLSX) in the layout
 * Typ; Rad; <kind year>…. Lines get a guessed group; Summa rows are kept apart to be checked,
 * never imported. Every problem is reported with its row and column; the caller writes nothing
 * while `errors` is non-empty.
 */
export function parseBudgetRows(rows: readonly string[][], context: ImportContext): ParsedBudgetFile {
  const errors: ImportError[] = [];
  const headerIndex = findHeaderRow(rows);
  if (headerIndex === null) return { columns: [], lines: [], sums: [], errors: [errorOf(1, 1, 'missingHeader')] };
  const yearColumns = readHeader(rows, headerIndex, errors);
  const lines: ImportedLine[] = [];
  const sums: ImportedSum[] = [];

  rows.forEach((cells, index) => {
    if (index <= headerIndex || isEmpty(cells)) return;
    const row = index + 1;
    const typeText = cell(cells, TYPE_COLUMN);
    const name = cell(cells, NAME_COLUMN).replace(/\s+/g, ' ');
    const type = lineTypeOf(typeText);
    if (typeText === '') errors.push(errorOf(row, TYPE_COLUMN, 'missingType'));
    else if (type === null) errors.push(errorOf(row, TYPE_COLUMN, 'unknownType', { type: typeText }));
    if (name === '') errors.push(errorOf(row, NAME_COLUMN, 'missingName'));

    const isSum = type === 'SUM';
    const amounts: ImportedAmount[] = [];
    const sum: ImportedSum = { row, name, key: sumKeyOf(name), cells: [] };
    for (const { column, kind, years } of yearColumns) {
      const text = cell(cells, column);
      const parsed = parseAmountCell(text, years.length);
      if (parsed.kind === 'empty') continue;
      if (parsed.kind === 'formula') {
        if (isSum) for (const year of years) sum.cells.push({ year, kind, column, amount: null });
        else errors.push(errorOf(row, column, 'formulaWithoutValue'));
      } else if (parsed.kind === 'unreadable') errors.push(errorOf(row, column, 'unreadableAmount', { value: text }));
      else if (parsed.kind === 'twoExpected') errors.push(errorOf(row, column, 'twoAmountsExpected'));
      else {
        parsed.amounts.forEach((amount, i) => {
          if (amount === null) return;
          const year = years[i]!;
          if (isSum) sum.cells.push({ year, kind, column, amount });
          else amounts.push({ year, kind, amount });
        });
      }
    }
    if (type === null || name === '') return;
    if (isSum) return void sums.push(sum);
    const guess = guessCategory(type, name, context);
    const outsideTotal = type === 'INCOME_OUTSIDE_TOTAL' || type === 'COST_OUTSIDE_TOTAL';
    const lineType = type === 'COST' || type === 'COST_OUTSIDE_TOTAL' ? 'COST' : 'INCOME';
    lines.push({ row, name, type: lineType, outsideTotal, ...guess, amounts });
  });

  const columns = yearColumns.flatMap(({ kind, years }) => years.map((year) => ({ year, kind })));
  return { columns, lines, sums, errors };
}
