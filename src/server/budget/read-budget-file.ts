import 'server-only';
import { MAX_FILE_BYTES } from '@/domain/budget/import/limits';
import { readCsv } from '@/domain/budget/import/read-csv';
import type { ReadRowsResult } from '@/domain/budget/import/types';
import { messages } from '@/i18n/catalog';
import { readXlsx } from './read-xlsx';

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** Swedish Excel saves "CSV" as Windows-1252 unless told otherwise; UTF-8 is tried first. */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** An uploaded budget file (XLSX by its zip signature, else CSV) as rows of cell texts. */
export async function readBudgetFile(fileName: string, bytes: Uint8Array): Promise<ReadRowsResult> {
  const t = messages().budgetImport.errors;
  if (bytes.byteLength > MAX_FILE_BYTES) return { ok: false, message: t.tooLarge };
  if (bytes.byteLength === 0) return { ok: false, message: t.emptyFile };
  if (isZip(bytes)) return readXlsx(bytes);
  if (/\.(xlsx|xlsm|xls|ods)$/i.test(fileName)) return { ok: false, message: t.unreadableXlsx };
  if (bytes.includes(0)) return { ok: false, message: t.unknownFormat };
  return readCsv(decodeText(bytes));
}
