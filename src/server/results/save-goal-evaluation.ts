import 'server-only';
import { z } from 'zod';
import { messages } from '@/i18n/catalog';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { prisma } from '@/server/db/client';
import { FieldValidationError } from '@/server/kernel/use-case-errors';
import { loadGoalOutcomes } from './goal-outcomes';
import { freeText, year } from './results-input';
import { createOrUpdateAtVersion, staleOnUniqueCollision } from './save-at-version';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { id, version } from '@/server/kernel/input';

const t = () => messages().results.goals;

const schema = z.object({
  associationId: id,
  goalId: id,
  year,
  note: freeText(2000, () => t().noteTooLong),
  /** A manual judgement, only where the data cannot decide; null or absent = none. */
  outcome: z.enum(['MET', 'NOT_MET', 'NOT_MEASURABLE_YET']).nullish(),
  version: version.nullable(),
});
export type SaveGoalEvaluationInput = z.input<typeof schema>;

const SELECT = { id: true, outcome: true, value: true, note: true, version: true } as const;
const freshOf = (
  row: { id: string; outcome: string; value: { toString(): string } | null; note: string; version: number } | null,
) => (row ? { ...row, value: row.value?.toString() ?? null } : null);

/**
 * A goal's evaluation for a year: a note, and the outcome. Where the data decides (met or not
 * met from the statistics or indicators) that outcome is stored and a different manual one is
 * refused; otherwise the manual judgement is stored (default: not measurable yet).
 */
export async function saveGoalEvaluation(
  input: SaveGoalEvaluationInput,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<{ id: string; version: number; outcome: string }> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'results.edit', { db, now: deps.now });
  const goal = await db.goal.findFirst({
    where: { id: parsed.goalId, plan: { associationId: parsed.associationId } },
    select: { id: true, text: true, plan: { select: { year: true } } },
  });
  if (!goal) throw new FieldValidationError({ goalId: t().goalNotFound });
  const { goals } = await loadGoalOutcomes(db, parsed.associationId, parsed.year);
  const row = goals.find((g) => g.goalId === goal.id);
  if (!row) throw new FieldValidationError({ goalId: t().goalNotFound });
  const decided = row.computed.outcome !== 'NOT_MEASURABLE_YET';
  if (decided && parsed.outcome && parsed.outcome !== row.computed.outcome)
    throw new FieldValidationError({ outcome: t().dataDecides });
  const outcome = decided ? row.computed.outcome : (parsed.outcome ?? 'NOT_MEASURABLE_YET');
  const data = { outcome, value: row.computed.value?.toFixed() ?? null, note: parsed.note };
  const key = { goalId: goal.id, year: parsed.year };
  const where = { goalId_year: key };
  return staleOnUniqueCollision(
    () =>
      db.$transaction(async (tx) => {
        const before = await tx.goalEvaluation.findUnique({ where, select: SELECT });
        const saved = await createOrUpdateAtVersion(before, parsed.version, {
          create: () => tx.goalEvaluation.create({ data: { ...key, ...data }, select: { id: true, version: true } }),
          update: (seen) =>
            tx.goalEvaluation.updateMany({
              where: { ...key, version: seen },
              data: { ...data, version: { increment: 1 } },
            }),
          fresh: freshOf,
        });
        await writeAuditEntry(tx, {
          associationId: parsed.associationId,
          personId: actor.personId,
          action: 'goalEvaluation.saved',
          entityType: 'GoalEvaluation',
          entityId: saved.id,
          data: {
            goal: goal.text,
            year: parsed.year,
            ...(before
              ? { before: { outcome: before.outcome, value: before.value?.toString() ?? null, note: before.note } }
              : {}),
            after: data,
          },
        });
        return { ...saved, outcome };
      }),
    async () => freshOf(await db.goalEvaluation.findUnique({ where, select: SELECT })),
  );
}
