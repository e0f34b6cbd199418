import 'server-only';
import ExcelJS from 'exceljs';
import { groupOf } from '@/domain/budget/budget-groups';
import { exportRows, type ExportColumn, type ExportRow } from '@/domain/budget/import/export-rows';
import { sumsKey } from '@/domain/budget/import/computed-sums';
import {
  FIRST_AMOUNT_COLUMN,
  HEADER_TITLES,
  LINE_TYPES,
  columnHeader,
  lineTypeLabel,
  type SumKey,
} from '@/domain/budget/import/layout';
import type { Kronor } from '@/domain/money/kronor';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { budgetExportInput, type BudgetExportInput } from './export-budget-csv';
import {
  amountIn,
  loadBudgetExport,
  versionSheetName,
  type ExportLine,
  type ExportVersion,
} from './load-budget-export';
import type { ExportFile } from '@/server/kernel/export-file';
import type { UseCaseDeps } from '@/server/kernel/deps';

// Excel's own grouping: shows "2 100 000 kr" in a Swedish Excel, "2,100,000 kr" in an English one.
const WHOLE_KRONOR = '#,##0 "kr"';
const WITH_ORE = '#,##0.00 "kr"';
const FIRST_DATA_ROW = 2;

function columnLetter(index: number): string {
  let letter = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
  return letter;
}

/** SUM over the rows, consecutive rows as one range: SUM(C2:C3,C5). "0" for no rows. */
function sumOf(letter: string, rows: readonly number[]): string {
  if (rows.length === 0) return '0';
  const parts: string[] = [];
  let start = rows[0]!;
  let end = start;
  for (const row of [...rows.slice(1), Number.NaN]) {
    if (row === end + 1) end = row;
    else {
      parts.push(start === end ? `${letter}${start}` : `${letter}${start}:${letter}${end}`);
      start = end = row;
    }
  }
  return `SUM(${parts.join(',')})`;
}

/** Which line rows each Summa adds up, by the same rules as yearTotals and groupSubtotals. */
function rowsFor(lineRows: readonly { row: number; line: ExportLine }[]) {
  const where = (keep: (line: ExportLine) => boolean) =>
    lineRows.filter(({ line }) => keep(line)).map(({ row }) => row);
  const inTotal = (line: ExportLine) => !line.outsideTotal;
  return {
    memberContributions: where((l) => inTotal(l) && l.type === 'INCOME' && l.category === 'MEMBER_CONTRIBUTION'),
    income: where((l) => inTotal(l) && l.type === 'INCOME' && l.category !== 'EQUITY'),
    equity: where((l) => l.category === 'EQUITY'),
    development: where((l) => inTotal(l) && groupOf(l.category) === 'development'),
    costs: where((l) => inTotal(l) && l.type === 'COST'),
  };
}

/**
 * The Summa formula of one column. TOTALT takes the equity entered for the year, or else rolls
 * forward from the previous column of the same track (budget/prognosis, or outcome):
 * previous TOTALT − previous SUMMA KOSTNADER, as yearTotals does.
 */
function sumFormula(
  key: SumKey,
  letter: string,
  previousLetter: string | null,
  rows: ReturnType<typeof rowsFor>,
  sumRows: Record<SumKey, number>,
): string {
  if (key !== 'totalAvailable') return sumOf(letter, rows[key]);
  const income = sumOf(letter, rows.income);
  const equity = sumOf(letter, rows.equity);
  if (previousLetter === null) return rows.equity.length === 0 ? income : `${income}+${equity}`;
  const rolled = `(${previousLetter}${sumRows.totalAvailable}-${previousLetter}${sumRows.costs})`;
  if (rows.equity.length === 0) return `${income}+${rolled}`;
  const equityCells = rows.equity.map((row) => `${letter}${row}`).join(',');
  return `${income}+IF(COUNT(${equityCells})=0,${rolled},${equity})`;
}

function formatAmount(cell: ExcelJS.Cell, amount: Kronor) {
  // The file boundary: Excel stores numbers as doubles; amounts are whole kronor or öre.
  cell.numFmt = amount.isInteger() ? WHOLE_KRONOR : WITH_ORE;
}

function writeVersion(workbook: ExcelJS.Workbook, version: ExportVersion) {
  const sheet = workbook.addWorksheet(versionSheetName(version.versionNumber), {
    views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }],
  });
  sheet.columns = [{ width: 24 }, { width: 44 }, ...version.columns.map(() => ({ width: 16 }))];
  const header = sheet.addRow([HEADER_TITLES.type, HEADER_TITLES.name, ...version.columns.map(columnHeader)]);
  header.font = { bold: true };

  const rows: ExportRow<ExportLine>[] = exportRows(version.lines, version.columns);
  const lineRows = rows.flatMap((row, index) =>
    row.kind === 'line' ? [{ row: FIRST_DATA_ROW + index, line: row.line }] : [],
  );
  const sumRows = Object.fromEntries(
    rows.flatMap((row, index) => (row.kind === 'sum' ? [[row.key, FIRST_DATA_ROW + index]] : [])),
  ) as Record<SumKey, number>;
  const refs = rowsFor(lineRows);
  const letters = version.columns.map((_, i) => columnLetter(FIRST_AMOUNT_COLUMN + i));
  const previousInTrack = (i: number): string | null => {
    const outcome = version.columns[i]!.kind === 'OUTCOME';
    for (let j = i - 1; j >= 0; j--) if ((version.columns[j]!.kind === 'OUTCOME') === outcome) return letters[j]!;
    return null;
  };

  for (const row of rows) {
    if (row.kind === 'line') {
      const excelRow = sheet.addRow([lineTypeLabel(row.line), row.line.name]);
      version.columns.forEach((column: ExportColumn, i) => {
        const amount = amountIn(row.line, column);
        if (amount === null) return;
        const cell = excelRow.getCell(FIRST_AMOUNT_COLUMN + i);
        cell.value = amount.toNumber();
        formatAmount(cell, amount);
      });
    } else {
      const excelRow = sheet.addRow([LINE_TYPES.SUM, row.label]);
      excelRow.font = { bold: true };
      version.columns.forEach((column, i) => {
        const value = row.values.get(sumsKey(column))!;
        const cell = excelRow.getCell(FIRST_AMOUNT_COLUMN + i);
        // The cached result is what readers without a calculation engine (and our import) see.
        cell.value = {
          formula: sumFormula(row.key, letters[i]!, previousInTrack(i), refs, sumRows),
          result: value.toNumber(),
        } as ExcelJS.CellFormulaValue;
        formatAmount(cell, value);
      });
    }
  }
}

/** Every version of the plan year (or the one asked for), one worksheet each, Summa rows as formulas. */
export async function exportBudgetXlsx(
  input: BudgetExportInput,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<ExportFile> {
  const { associationId, year, versionNumber } = budgetExportInput.parse(input);
  await assertPermission(actor.personId, associationId, 'budget.read', { db: deps.db });
  const data = await loadBudgetExport(associationId, year, versionNumber, deps.db);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Samplan';
  // Excel recomputes every formula on open, so edits and the cached results never disagree.
  workbook.calcProperties = { fullCalcOnLoad: true };
  for (const version of data.versions) writeVersion(workbook, version);
  const buffer = await workbook.xlsx.writeBuffer();
  const suffix = versionNumber === null ? '' : `-version-${versionNumber}`;
  return {
    fileName: `budget-${data.associationSlug}-${year}${suffix}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: new Uint8Array(buffer as ArrayBuffer),
  };
}
