import { parseKronor, type Kronor } from '../money/kronor';
import { readCsv } from './import/read-csv';

export interface OutcomeCsvEntry {
  lineId: string;
  month: number;
  amount: Kronor;
}

export interface OutcomeCsvError {
  /** 1-based, as a spreadsheet shows it. */
  row: number;
  column: string | null;
  /** FILE: the file could not be read as CSV at all; `value` is the reason, in Swedish. */
  kind: 'FILE' | 'HEADER' | 'UNKNOWN_LINE' | 'DUPLICATE_LINE' | 'AMOUNT';
  value: string;
}

export type OutcomeCsvResult = { ok: true; entries: OutcomeCsvEntry[] } | { ok: false; errors: OutcomeCsvError[] };

const MONTH_HEADERS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

const normalName = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');

/**
 * Reads the outcome layout "Rad;Jan;Feb;…;Dec" (split by the budget import's CSV reader, `;` or `,`):
 * one row per budget line (matched by name, case and spacing ignored), one sv-SE amount per month;
 * an empty cell is no outcome for that month.
 * Every error is collected with its row and column, so nothing is written unless all rows are clean.
 */
export function readOutcomeCsv(text: string, lines: readonly { id: string; name: string }[]): OutcomeCsvResult {
  const read = readCsv(text);
  if (!read.ok) return { ok: false, errors: [{ row: 1, column: null, kind: 'FILE', value: read.message }] };
  const [header = [], ...body] = read.rows;
  const errors: OutcomeCsvError[] = [];
  const months = header.slice(1).map((h) => MONTH_HEADERS.indexOf(h.slice(0, 3).toLocaleLowerCase('sv')) + 1);
  if (normalName(header[0] ?? '') !== 'rad' || months.length === 0 || months.some((m) => m === 0)) {
    return { ok: false, errors: [{ row: 1, column: null, kind: 'HEADER', value: header.join(';') }] };
  }
  const byName = new Map(lines.map((line) => [normalName(line.name), line.id]));
  const seen = new Set<string>();
  const entries: OutcomeCsvEntry[] = [];
  body.forEach((cellsOfRow, index) => {
    const row = index + 2;
    if (cellsOfRow.every((c) => c === '')) return;
    const [name = '', ...cells] = cellsOfRow;
    const lineId = byName.get(normalName(name));
    if (!lineId) return errors.push({ row, column: header[0]!, kind: 'UNKNOWN_LINE', value: name });
    if (seen.has(lineId)) return errors.push({ row, column: header[0]!, kind: 'DUPLICATE_LINE', value: name });
    seen.add(lineId);
    cells.forEach((cell, i) => {
      const month = months[i];
      if (cell === '' || month === undefined) return;
      const amount = parseKronor(cell);
      if (amount === null) errors.push({ row, column: header[i + 1]!, kind: 'AMOUNT', value: cell });
      else entries.push({ lineId, month, amount });
    });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, entries };
}
