import 'server-only';
import { csvBytes } from '@/domain/csv/write-csv';
import { z } from 'zod';
import { exportRows } from '@/domain/budget/import/export-rows';
import { sumsKey } from '@/domain/budget/import/computed-sums';
import { HEADER_TITLES, columnHeader, lineTypeLabel, LINE_TYPES } from '@/domain/budget/import/layout';
import { formatKronor, type Kronor } from '@/domain/money/kronor';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { amountIn, loadBudgetExport } from './load-budget-export';
import type { UseCaseDeps } from '@/server/kernel/deps';
import type { ExportFile } from '@/server/kernel/export-file';
import { associationId } from '@/server/kernel/input';

export const budgetExportInput = z.object({
  associationId,
  year: z.number().int().min(2000).max(2100),
  versionNumber: z.number().int().min(1).nullable(),
});
export type BudgetExportInput = z.input<typeof budgetExportInput>;

/** "2 100 000 kr" with plain spaces and an ASCII minus, as people type it in the sheet. */
function csvAmount(amount: Kronor | null | undefined): string {
  return amount
    ? formatKronor(amount)
        .replace(/\u00a0/g, ' ')
        .replace(/\u2212/g, '-')
    : '';
}

/** One plan version (the latest unless given) in the import layout, ';'-separated, Summa rows computed. */
export async function exportBudgetCsv(
  input: BudgetExportInput,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<ExportFile> {
  const { associationId, year, versionNumber } = budgetExportInput.parse(input);
  await assertPermission(actor.personId, associationId, 'budget.read', { db: deps.db });
  const data = await loadBudgetExport(associationId, year, versionNumber, deps.db);
  const version = data.versions[data.versions.length - 1]!;
  const rows: string[][] = [[HEADER_TITLES.type, HEADER_TITLES.name, ...version.columns.map(columnHeader)]];
  for (const row of exportRows(version.lines, version.columns)) {
    if (row.kind === 'line')
      rows.push([
        lineTypeLabel(row.line),
        row.line.name,
        ...version.columns.map((c) => csvAmount(amountIn(row.line, c))),
      ]);
    else rows.push([LINE_TYPES.SUM, row.label, ...version.columns.map((c) => csvAmount(row.values.get(sumsKey(c))))]);
  }
  return {
    fileName: `budget-${data.associationSlug}-${year}-version-${version.versionNumber}.csv`,
    contentType: 'text/csv; charset=utf-8',
    body: csvBytes(rows),
  };
}
