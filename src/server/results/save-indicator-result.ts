import 'server-only';
import { z } from 'zod';
import { messages } from '@/i18n/catalog';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { prisma } from '@/server/db/client';
import { count, freeText, loadResultsIntervention, year } from './results-input';
import { createOrUpdateAtVersion, staleOnUniqueCollision } from './save-at-version';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { id, version } from '@/server/kernel/input';

const t = () => messages().results.indicators;

const schema = z
  .object({
    associationId: id,
    interventionId: id,
    year,
    question: freeText(300, () => t().questionTooLong).pipe(z.string().min(1, { error: () => t().questionRequired })),
    answers: count,
    agreeing: count,
    note: freeText(1000, () => messages().results.noteTooLong),
    version: version.nullable(),
  })
  .refine((value) => value.agreeing <= value.answers, { path: ['agreeing'], error: () => t().agreeingAboveAnswers });
export type SaveIndicatorResultInput = z.input<typeof schema>;

const SELECT = { id: true, question: true, answers: true, agreeing: true, note: true, version: true } as const;

/** Stores the answers to one indicator survey question for an intervention and year. */
export async function saveIndicatorResult(
  input: SaveIndicatorResultInput,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<{ id: string; version: number }> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'results.edit', { db, now: deps.now });
  const intervention = await loadResultsIntervention(db, parsed.associationId, parsed.interventionId);
  const key = { interventionId: intervention.id, year: parsed.year, question: parsed.question };
  const data = { answers: parsed.answers, agreeing: parsed.agreeing, note: parsed.note };
  const where = { interventionId_year_question: key };
  return staleOnUniqueCollision(
    () =>
      db.$transaction(async (tx) => {
        const before = await tx.indicatorResult.findUnique({ where, select: SELECT });
        const row = await createOrUpdateAtVersion(before, parsed.version, {
          create: () => tx.indicatorResult.create({ data: { ...key, ...data }, select: { id: true, version: true } }),
          update: (seen) =>
            tx.indicatorResult.updateMany({
              where: { ...key, version: seen },
              data: { ...data, version: { increment: 1 } },
            }),
        });
        await writeAuditEntry(tx, {
          associationId: parsed.associationId,
          personId: actor.personId,
          action: 'indicatorResult.saved',
          entityType: 'IndicatorResult',
          entityId: row.id,
          data: {
            intervention: intervention.name,
            year: parsed.year,
            question: parsed.question,
            ...(before ? { before: { answers: before.answers, agreeing: before.agreeing, note: before.note } } : {}),
            after: data,
          },
        });
        return row;
      }),
    () => db.indicatorResult.findUnique({ where, select: SELECT }),
  );
}
