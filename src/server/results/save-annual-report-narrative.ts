import 'server-only';
import { z } from 'zod';
import { messages } from '@/i18n/catalog';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { prisma } from '@/server/db/client';
import { freeText, year } from './results-input';
import { createOrUpdateAtVersion, staleOnUniqueCollision } from './save-at-version';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { id, version } from '@/server/kernel/input';

export const NARRATIVE_PARTS = ['introduction', 'reflections', 'nextYear'] as const;
export type NarrativePart = (typeof NARRATIVE_PARTS)[number];
export type Narrative = Record<NarrativePart, string>;

const text = () => freeText(20_000, () => messages().results.report.narrativeTooLong);
const schema = z.object({
  associationId: id,
  year,
  narrative: z.object({ introduction: text(), reflections: text(), nextYear: text() }),
  /** The report's version as read; null when the year had no report yet. */
  version: version.nullable(),
});
export type SaveAnnualReportNarrativeInput = z.input<typeof schema>;

export function narrativeOf(json: unknown): Narrative {
  const value = (json && typeof json === 'object' ? json : {}) as Record<string, unknown>;
  return Object.fromEntries(
    NARRATIVE_PARTS.map((part) => [part, typeof value[part] === 'string' ? value[part] : '']),
  ) as Narrative;
}

/** The written parts of a year's verksamhetsberättelse (Markdown; no names or personal identity numbers). */
export async function saveAnnualReportNarrative(
  input: SaveAnnualReportNarrativeInput,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<{ id: string; version: number }> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'annualReport.edit', { db, now: deps.now });
  const key = { associationId: parsed.associationId, year: parsed.year };
  const where = { associationId_year: key };
  const fresh = async () => {
    const row = await db.annualReport.findUnique({ where, select: { narrative: true, version: true } });
    return row ? { narrative: narrativeOf(row.narrative), version: row.version } : null;
  };
  return staleOnUniqueCollision(
    () =>
      db.$transaction(async (tx) => {
        const before = await tx.annualReport.findUnique({
          where,
          select: { id: true, narrative: true, version: true },
        });
        const saved = await createOrUpdateAtVersion(before, parsed.version, {
          create: () =>
            tx.annualReport.create({
              data: { ...key, narrative: parsed.narrative },
              select: { id: true, version: true },
            }),
          update: (seen) =>
            tx.annualReport.updateMany({
              where: { ...key, version: seen },
              data: { narrative: parsed.narrative, version: { increment: 1 } },
            }),
          fresh: (row) => (row ? { narrative: narrativeOf(row.narrative), version: row.version } : null),
        });
        const previous = before ? narrativeOf(before.narrative) : null;
        const changed = NARRATIVE_PARTS.filter((part) => !previous || previous[part] !== parsed.narrative[part]);
        await writeAuditEntry(tx, {
          associationId: parsed.associationId,
          personId: actor.personId,
          action: 'annualReport.narrativeSaved',
          entityType: 'AnnualReport',
          entityId: saved.id,
          data: {
            year: parsed.year,
            ...(previous ? { before: Object.fromEntries(changed.map((part) => [part, previous[part]])) } : {}),
            after: Object.fromEntries(changed.map((part) => [part, parsed.narrative[part]])),
          },
        });
        return saved;
      }),
    fresh,
  );
}
