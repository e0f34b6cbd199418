import { format, messages } from '@/i18n/catalog';
import { MAX_ROWS, sheetSizeError } from './limits';
import type { ReadRowsResult } from './types';

/** ';' unless the header line has more ',' than ';' outside quotes (Swedish Excel writes ';'). */
function detectDelimiter(text: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ';') semicolons++;
    else if (!quoted && char === ',') commas++;
  }
  return commas > semicolons ? ',' : ';';
}

/**
 * RFC 4180 fields: quotes around a field, "" inside it, line breaks inside quotes kept. Stops
 * after `maxRows` non-empty rows (the caller refuses the file); `unclosedAt` is the row whose quote never closes.
 */
function splitRows(
  text: string,
  delimiter: string,
  maxRows: number,
): { rows: string[][]; unclosedAt: number | null; truncated: boolean } {
  const rows: string[][] = [];
  let quoteRow = 0;
  let filled = 0;
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field.trim() === '') {
      quoted = true;
      quoteRow = rows.length + 1;
      field = '';
    } else if (char === delimiter) {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      if (row.some((cell) => cell.trim() !== '')) filled++;
      // Empty lines count too, more loosely: a file of nothing but line breaks is still refused early.
      if (filled > maxRows || rows.length > 10 * maxRows) return { rows, unclosedAt: null, truncated: true };
      row = [];
      field = '';
    } else field += char;
  }
  if (quoted) return { rows, unclosedAt: quoteRow, truncated: false };
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return { rows, unclosedAt: null, truncated: false };
}

/** A CSV file's rows of trimmed cells; trailing empty rows dropped. Refuses an empty or oversized sheet. */
export function readCsv(text: string): ReadRowsResult {
  const t = messages().budgetImport.errors;
  const body = text.replace(/^\ufeff/, '');
  const split = splitRows(body, detectDelimiter(body), MAX_ROWS);
  if (split.unclosedAt !== null) return { ok: false, message: format(t.unclosedQuote, { row: split.unclosedAt }) };
  const rows = split.rows.map((cells) => cells.map((cell) => cell.trim()));
  while (rows.length > 0 && rows[rows.length - 1]!.every((cell) => cell === '')) rows.pop();
  if (split.truncated) return { ok: false, message: format(t.tooManyRows, { max: MAX_ROWS }) };
  if (rows.length === 0) return { ok: false, message: t.emptyFile };
  // A loop, not Math.max(...rows): spreading a hundred thousand rows overflows the stack.
  let columns = 0;
  for (const cells of rows) columns = Math.max(columns, cells.length);
  const sizeError = sheetSizeError(rows.length, columns);
  return sizeError ? { ok: false, message: sizeError } : { ok: true, rows };
}
