import { format, messages } from '@/i18n/catalog';

export const MAX_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_ROWS = 2_000;
export const MAX_COLUMNS = 60;

/** The size refusal for a sheet already read, or null when it is within the limits. */
export function sheetSizeError(rowCount: number, columnCount: number): string | null {
  const t = messages().budgetImport.errors;
  if (rowCount > MAX_ROWS) return format(t.tooManyRows, { max: MAX_ROWS });
  if (columnCount > MAX_COLUMNS) return format(t.tooManyColumns, { max: MAX_COLUMNS });
  return null;
}
