import 'server-only';
import { csvBytes } from '@/domain/csv/write-csv';
import type { Actor } from '@/server/authz/session-actor';
import { ATTEST_LOG_HEADERS, attestLogCells, plainKronor } from './attest-log-rows';
import { getAttestLog, type AttestLogFilter } from './get-attest-log';
import type { ExportFile } from '@/server/kernel/export-file';
import type { UseCaseDeps } from '@/server/kernel/deps';

/** The attest log in the filter, ';'-separated with a BOM so Excel reads å, ä, ö. */
export async function exportAttestLogCsv(
  filter: AttestLogFilter,
  actor: Actor,
  options: UseCaseDeps = {},
): Promise<ExportFile> {
  const log = await getAttestLog(filter, actor, options);
  const rows = [ATTEST_LOG_HEADERS()];
  for (const entry of log.entries) {
    const c = attestLogCells(entry);
    rows.push([
      c.when,
      c.person,
      c.supplier,
      c.invoiceNumber,
      plainKronor(c.amountExclVat),
      plainKronor(c.amountInclVat),
      c.budgetLine,
      c.rule,
      c.outcome,
    ]);
  }
  return { fileName: 'attestlogg.csv', contentType: 'text/csv; charset=utf-8', body: csvBytes(rows) };
}
