import 'server-only';
import { z } from 'zod';
import { checkParticipantStats } from '@/domain/results/stats-consistency';
import { COUNT_FIELDS, type CountField } from '@/domain/results/types';
import { Prisma } from '@/generated/prisma/client';
import { messages } from '@/i18n/catalog';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { prisma } from '@/server/db/client';
import { FieldValidationError } from '@/server/kernel/use-case-errors';
import { count, freeText, loadResultsIntervention, loadResultsSettings, STATS_SELECT, year } from './results-input';
import { createOrUpdateAtVersion, staleOnUniqueCollision } from './save-at-version';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { id, version } from '@/server/kernel/input';

const counts = Object.fromEntries(COUNT_FIELDS.map((field) => [field, count])) as Record<CountField, typeof count>;

const schema = z.object({
  associationId: id,
  interventionId: id,
  periodKind: z.enum(['MONTH', 'QUARTER', 'YEAR']),
  year,
  period: z.coerce.number().int().min(1).max(12),
  ...counts,
  ageBandCounts: z.array(count).max(12),
  note: freeText(1000, () => messages().results.noteTooLong),
  /** The row's version as read; null when the period had no statistics. */
  version: version.nullable(),
});
export type SaveParticipantStatsInput = z.input<typeof schema>;

export type StoredStats = Prisma.ParticipantStatsGetPayload<{ select: typeof STATS_SELECT }>;

/** The counted fields and the note, as the audit entry records them. */
function snapshot(row: Record<CountField, number> & { ageBandCounts: number[]; note: string }) {
  return {
    ...Object.fromEntries(COUNT_FIELDS.map((field) => [field, row[field]])),
    ageBandCounts: row.ageBandCounts,
    note: row.note,
  };
}

/** Stores one intervention's statistics for a month, quarter or year (aggregates only), checked for consistency. */
export async function saveParticipantStats(
  input: SaveParticipantStatsInput,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<{ id: string; version: number }> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'results.edit', { db, now: deps.now });
  const intervention = await loadResultsIntervention(db, parsed.associationId, parsed.interventionId);
  const settings = await loadResultsSettings(db, parsed.associationId);
  const { version } = parsed;
  const problems = checkParticipantStats(parsed, settings.ageBandLimits);
  if (problems.length > 0)
    throw new FieldValidationError(Object.fromEntries(problems.map((p) => [p.field, p.message])));

  const key = {
    interventionId: intervention.id,
    periodKind: parsed.periodKind,
    year: parsed.year,
    period: parsed.period,
  };
  const data = snapshot(parsed);
  const fresh = () =>
    db.participantStats.findUnique({ where: { interventionId_periodKind_year_period: key }, select: STATS_SELECT });
  return staleOnUniqueCollision(
    () =>
      db.$transaction(async (tx) => {
        const before = await tx.participantStats.findUnique({
          where: { interventionId_periodKind_year_period: key },
          select: STATS_SELECT,
        });
        const row = await createOrUpdateAtVersion(before, version, {
          create: () => tx.participantStats.create({ data: { ...key, ...data }, select: { id: true, version: true } }),
          update: (seen) =>
            tx.participantStats.updateMany({
              where: { ...key, version: seen },
              data: { ...data, version: { increment: 1 } },
            }),
        });
        await writeAuditEntry(tx, {
          associationId: parsed.associationId,
          personId: actor.personId,
          action: 'participantStats.saved',
          entityType: 'ParticipantStats',
          entityId: row.id,
          data: {
            intervention: intervention.name,
            ...key,
            ...(before ? { before: snapshot(before) } : {}),
            after: data,
          },
        });
        return row;
      }),
    fresh,
  );
}
