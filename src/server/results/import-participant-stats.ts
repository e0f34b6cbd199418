import 'server-only';
import { z } from 'zod';
import { parseStatsRows, periodText, type StatsImportError } from '@/domain/results/stats-import';
import { COUNT_FIELDS } from '@/domain/results/types';
import type { Prisma } from '@/generated/prisma/client';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { readBudgetFile } from '@/server/budget/read-budget-file';
import { prisma } from '@/server/db/client';
import { loadResultsSettings, STATS_SELECT } from './results-input';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { id } from '@/server/kernel/input';

const schema = z.object({
  associationId: id,
  fileName: z.string().max(255),
  bytes: z.instanceof(Uint8Array),
  /** False: only check and preview; true: write every row, or nothing when there is any error. */
  apply: z.boolean(),
});
export type ImportParticipantStatsInput = z.input<typeof schema>;

export interface PreviewRow {
  row: number;
  intervention: string;
  period: string;
  activeCount: number;
  newCount: number;
  endedCount: number;
  /** Whether the period already has statistics that the import replaces. */
  replaces: boolean;
}

export type ImportParticipantStatsResult =
  { ok: true; applied: boolean; rows: PreviewRow[] } | { ok: false; errors: StatsImportError[] };

/**
 * Statistics from a CSV or XLSX file in the template's layout (read with the budget import's
 * file reader and zip guard). Previewed first; applied all or nothing, in one transaction.
 */
export async function importParticipantStats(
  input: ImportParticipantStatsInput,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<ImportParticipantStatsResult> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'results.edit', { db, now: deps.now });
  const read = await readBudgetFile(parsed.fileName, parsed.bytes);
  if (!read.ok) return { ok: false, errors: [{ row: 1, column: null, message: read.message }] };
  const [settings, interventions] = await Promise.all([
    loadResultsSettings(db, parsed.associationId),
    db.intervention.findMany({ where: { associationId: parsed.associationId }, select: { id: true, name: true } }),
  ]);
  const result = parseStatsRows(read.rows, { ageBandLimits: settings.ageBandLimits, interventions });
  if (!result.ok) return { ok: false, errors: result.errors };

  const existing = await db.participantStats.findMany({
    where: { interventionId: { in: interventions.map((i) => i.id) } },
    select: { interventionId: true, periodKind: true, year: true, period: true },
  });
  const has = new Set(existing.map((row) => `${row.interventionId}|${row.periodKind}|${row.year}|${row.period}`));
  const rows: PreviewRow[] = result.entries.map((entry) => ({
    row: entry.row,
    intervention: entry.interventionName,
    period: periodText(entry.periodKind, entry.year, entry.period),
    activeCount: entry.activeCount,
    newCount: entry.newCount,
    endedCount: entry.endedCount,
    replaces: has.has(`${entry.interventionId}|${entry.periodKind}|${entry.year}|${entry.period}`),
  }));
  if (!parsed.apply) return { ok: true, applied: false, rows };

  await db.$transaction(
    async (tx) => {
      // Per period, the statistics the import replaces (null: none) and what it writes.
      const before: Record<string, Prisma.InputJsonObject | null> = {};
      const after: Record<string, Prisma.InputJsonObject> = {};
      for (const entry of result.entries) {
        const key = {
          interventionId: entry.interventionId,
          periodKind: entry.periodKind,
          year: entry.year,
          period: entry.period,
        };
        const data = {
          ...Object.fromEntries(COUNT_FIELDS.map((field) => [field, entry[field]])),
          ageBandCounts: entry.ageBandCounts,
          note: entry.note,
        };
        const stored = await tx.participantStats.findUnique({
          where: { interventionId_periodKind_year_period: key },
          select: STATS_SELECT,
        });
        const label = `${entry.interventionName} ${periodText(entry.periodKind, entry.year, entry.period)}`;
        before[label] = stored
          ? {
              ...Object.fromEntries(COUNT_FIELDS.map((field) => [field, stored[field]])),
              ageBandCounts: stored.ageBandCounts,
              note: stored.note,
            }
          : null;
        after[label] = data;
        await tx.participantStats.upsert({
          where: { interventionId_periodKind_year_period: key },
          create: { ...key, ...data },
          update: { ...data, version: { increment: 1 } },
        });
      }
      // The rows belong to several interventions: the entry is the association's.
      await writeAuditEntry(tx, {
        associationId: parsed.associationId,
        personId: actor.personId,
        action: 'participantStats.imported',
        entityType: 'Association',
        entityId: parsed.associationId,
        data: { fileName: parsed.fileName, before, after },
      });
    },
    { timeout: 30_000 },
  );
  return { ok: true, applied: true, rows };
}
