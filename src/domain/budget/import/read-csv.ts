import { messages } from '@/i18n/catalog';
import { sheetSizeError } from './limits';
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

/** RFC 4180 fields: quotes around a field, "" inside it, line breaks inside quotes kept. */
function splitRows(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
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
      field = '';
    } else if (char === delimiter) {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** A CSV file's rows of trimmed cells; trailing empty rows dropped. Refuses an empty or oversized sheet. */
export function readCsv(text: string): ReadRowsResult {
  const body = text.replace(/^\ufeff/, '');
  const rows = splitRows(body, detectDelimiter(body)).map((cells) => cells.map((cell) => cell.trim()));
  while (rows.length > 0 && rows[rows.length - 1]!.every((cell) => cell === '')) rows.pop();
  if (rows.length === 0) return { ok: false, message: messages().budgetImport.errors.emptyFile };
  const sizeError = sheetSizeError(rows.length, Math.max(...rows.map((cells) => cells.length)));
  return sizeError ? { ok: false, message: sizeError } : { ok: true, rows };
}
