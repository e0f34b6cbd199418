import 'server-only';
import ExcelJS from 'exceljs';
import { messages } from '@/i18n/catalog';
import type { Actor } from '@/server/authz/session-actor';
import { ATTEST_LOG_HEADERS, attestLogCells } from './attest-log-rows';
import { getAttestLog, type AttestLogFilter } from './get-attest-log';
import type { ExportFile } from '@/server/kernel/export-file';
import type { UseCaseDeps } from '@/server/kernel/deps';

const WITH_ORE = '#,##0.00 "kr"';

/** The attest log in the filter as one worksheet, amounts as numbers. */
export async function exportAttestLogXlsx(
  filter: AttestLogFilter,
  actor: Actor,
  options: UseCaseDeps = {},
): Promise<ExportFile> {
  const log = await getAttestLog(filter, actor, options);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Samplan';
  const sheet = workbook.addWorksheet(messages().attestLog.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [18, 24, 30, 16, 16, 16, 40, 44, 14].map((width) => ({ width }));
  sheet.addRow(ATTEST_LOG_HEADERS()).font = { bold: true };
  for (const entry of log.entries) {
    const c = attestLogCells(entry);
    // The file boundary: Excel stores numbers as doubles; invoice amounts are in öre at most.
    const row = sheet.addRow([
      c.when,
      c.person,
      c.supplier,
      c.invoiceNumber,
      c.amountExclVat.toNumber(),
      c.amountInclVat.toNumber(),
      c.budgetLine,
      c.rule,
      c.outcome,
    ]);
    row.getCell(5).numFmt = WITH_ORE;
    row.getCell(6).numFmt = WITH_ORE;
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return {
    fileName: 'attestlogg.xlsx',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: new Uint8Array(buffer as ArrayBuffer),
  };
}
