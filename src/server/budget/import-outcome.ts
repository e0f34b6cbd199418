import 'server-only';
import { z } from 'zod';
import { changedFields } from '@/domain/audit/changed-fields';
import { readOutcomeCsv, type OutcomeCsvError } from '@/domain/budget/outcome-csv';
import { messages } from '@/i18n/catalog';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { assertPermission } from '@/server/authz/assert-permission';
import { prisma } from '@/server/db/client';
import { FieldValidationError, LockedError } from '@/server/kernel/use-case-errors';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { associationId, id } from '@/server/kernel/input';

export const importOutcomeInput = z.object({
  associationId,
  planId: id,
  csv: z.string().max(1_000_000),
});

export type ImportOutcomeResult = { ok: true; count: number } | { ok: false; errors: OutcomeCsvError[] };

/**
 * Reads a month-per-column outcome file (see readOutcomeCsv) into the adopted plan's lines:
 * all rows or none. Each imported cell replaces what was stored for that line and month.
 */
export async function importOutcome(
  personId: string | null | undefined,
  rawInput: z.input<typeof importOutcomeInput>,
  options: UseCaseDeps = {},
): Promise<ImportOutcomeResult> {
  const db = options.db ?? prisma;
  const input = importOutcomeInput.parse(rawInput);
  await assertPermission(personId, input.associationId, 'followUp.edit', { db });
  const t = messages().budgetFollowUp;

  const plan = await db.plan.findFirst({
    where: { id: input.planId, associationId: input.associationId },
    select: {
      id: true,
      year: true,
      status: true,
      budgetLines: { where: { category: { not: 'EQUITY' } }, select: { id: true, name: true } },
    },
  });
  if (!plan) throw new FieldValidationError({ planId: t.noPlan });
  if (plan.status !== 'ADOPTED') throw new LockedError(t.notAdoptedYet);

  const read = readOutcomeCsv(input.csv, plan.budgetLines);
  if (!read.ok) return read;

  await db.$transaction(
    async (tx) => {
      const lineName = new Map(plan.budgetLines.map((l) => [l.id, l.name]));
      const stored = await tx.budgetOutcome.findMany({
        where: { budgetLineId: { in: [...new Set(read.entries.map((e) => e.lineId))] }, year: plan.year },
        select: { budgetLineId: true, month: true, amount: true },
      });
      const storedAmount = new Map(stored.map((s) => [`${s.budgetLineId}\u0000${s.month}`, s.amount.toString()]));
      // Before and after per cell, keyed "<line> <year>-<month>".
      const before: Record<string, string | null> = {};
      const after: Record<string, string | null> = {};
      for (const entry of read.entries) {
        const cell = `${lineName.get(entry.lineId)} ${plan.year}-${String(entry.month).padStart(2, '0')}`;
        before[cell] = storedAmount.get(`${entry.lineId}\u0000${entry.month}`) ?? null;
        after[cell] = entry.amount.toString();
      }
      for (const entry of read.entries) {
        const key = { budgetLineId: entry.lineId, year: plan.year, month: entry.month };
        const amount = entry.amount.toString();
        await tx.budgetOutcome.upsert({
          where: { budgetLineId_year_month: key },
          create: { ...key, amount, source: 'IMPORT' },
          update: { amount, source: 'IMPORT', version: { increment: 1 } },
        });
      }
      await writeAuditEntry(tx, {
        associationId: input.associationId,
        personId: personId ?? null,
        action: 'budgetOutcome.imported',
        entityType: 'Plan',
        entityId: plan.id,
        data: { year: plan.year, cells: read.entries.length, ...changedFields(before, after) },
      });
    },
    { timeout: 30_000 },
  );
  return { ok: true, count: read.entries.length };
}
