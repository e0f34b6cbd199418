import 'server-only';
import Decimal from 'decimal.js';
import ExcelJS from 'exceljs';
import { sheetSizeError } from '@/domain/budget/import/limits';
import { checkXlsxZip } from '@/domain/budget/import/xlsx-guard';
import type { ReadRowsResult } from '@/domain/budget/import/types';
import { messages } from '@/i18n/catalog';

/** A number as plain text without float noise: 0.1 + 0.2 reads "0.3", 2100000 reads "2100000". */
function numberText(value: number): string {
  return Number.isFinite(value) ? new Decimal(value.toPrecision(15)).toFixed() : String(value);
}

/**
 * A cell's text as the parser reads it. A formula gives its cached result; a formula saved
 * without one (files written by some libraries) gives "=<formula>" so the parser can tell.
 */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    if (result === undefined || result === null) return `=${'formula' in value ? value.formula : value.sharedFormula}`;
    return typeof result === 'object' && !(result instanceof Date) ? '' : cellText(result);
  }
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return '';
}

/** The first worksheet of an XLSX file as rows of cell texts. Refuses corrupt, oversized or zip-bomb files. */
export async function readXlsx(bytes: Uint8Array): Promise<ReadRowsResult> {
  const t = messages().budgetImport.errors;
  // Before exceljs (JSZip) unpacks anything: a zip bomb, a lying or corrupt zip, a zip that is no workbook.
  const refusal = checkXlsxZip(bytes);
  if (refusal)
    return {
      ok: false,
      message: {
        TOO_LARGE: t.suspiciousXlsx,
        NOT_XLSX: t.notXlsx,
        NOT_ZIP: t.unreadableXlsx,
        CORRUPT: t.unreadableXlsx,
      }[refusal],
    };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    return { ok: false, message: t.unreadableXlsx };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, message: t.noWorksheet };
  const sizeError = sheetSizeError(sheet.rowCount, sheet.columnCount);
  if (sizeError) return { ok: false, message: sizeError };
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(cellText(row.getCell(c).value).trim());
    rows.push(cells);
  }
  while (rows.length > 0 && rows[rows.length - 1]!.every((cell) => cell === '')) rows.pop();
  return rows.length === 0 ? { ok: false, message: t.emptyFile } : { ok: true, rows };
}
