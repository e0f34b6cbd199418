import 'server-only';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { csvBytes } from '@/domain/csv/write-csv';
import { periodText, templateColumns, templateRows } from '@/domain/results/stats-import';
import { format, messages } from '@/i18n/catalog';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { prisma } from '@/server/db/client';
import { loadResultsSettings, year } from './results-input';
import type { ExportFile } from '@/server/kernel/export-file';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { id } from '@/server/kernel/input';

const templateInput = z.object({ associationId: id, year, format: z.enum(['csv', 'xlsx']) });

/**
 * The statistics import template for a year: the header (with the association's age bands) and a
 * row per running intervention and quarter, counts empty. Empty rows are skipped on import.
 */
export async function buildStatsTemplate(
  rawInput: { associationId: string; year: number; format: 'csv' | 'xlsx' },
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<ExportFile> {
  const input = templateInput.parse(rawInput);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, input.associationId, 'reports.read', { db, now: deps.now });
  const [settings, association, interventions] = await Promise.all([
    loadResultsSettings(db, input.associationId),
    db.association.findUniqueOrThrow({ where: { id: input.associationId }, select: { slug: true } }),
    db.intervention.findMany({
      where: { associationId: input.associationId, status: { in: ['DECIDED', 'RUNNING'] } },
      orderBy: { name: 'asc' },
      select: { name: true },
    }),
  ]);
  const periods = [1, 2, 3, 4].map((q) => periodText('QUARTER', input.year, q));
  const rows = templateRows(
    settings.ageBandLimits,
    interventions.map((i) => i.name),
    periods,
  );
  const base = format('deltagarstatistik-{slug}-{year}', { slug: association.slug, year: input.year });
  if (input.format === 'csv') {
    return {
      fileName: `${base}.csv`,
      contentType: 'text/csv; charset=utf-8',
      body: csvBytes(rows),
    };
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(messages().results.stats.title);
  rows.forEach((row) => sheet.addRow(row));
  sheet.getRow(1).font = { bold: true };
  templateColumns(settings.ageBandLimits).forEach((column, i) => {
    sheet.getColumn(i + 1).width = Math.max(10, Math.min(40, column.header.length + 2));
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return {
    fileName: `${base}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: new Uint8Array(buffer as ArrayBuffer),
  };
}
