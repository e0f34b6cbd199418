import 'server-only';
import { z } from 'zod';
import { readOutcomeCsv, type OutcomeCsvError } from '@/domain/budget/outcome-csv';
import type { PrismaClient } from '@/generated/prisma/client';
import { messages } from '@/i18n/catalog';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { assertPermission } from '@/server/authz/assert-permission';
import { prisma } from '@/server/db/client';
import { FieldValidationError, LockedError } from '@/server/use-case-errors';

export const importOutcomeInput = z.object({
  associationId: z.string().min(1),
  planId: z.string().min(1),
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
  options: { db?: PrismaClient } = {},
): Promise<ImportOutcomeResult> {
  const db = options.db ?? prisma;
  const input = importOutcomeInput.parse(rawInput);
  await assertPermission(personId, input.associationId, 'followUp.edit', { db });
  const t = messages().budgetFollowUp;

  const plan = await db.plan.findFirst({
    where: { id: input.planId, associationId: input.associationId },
    select: { id: true, year: true, status: true, budgetLines: { where: { category: { not: 'EQUITY' } }, select: { id: true, name: true } } },
  });
  if (!plan) throw new FieldValidationError({ planId: t.noPlan });
  if (plan.status !== 'ADOPTED') throw new LockedError(t.notAdoptedYet);

  const read = readOutcomeCsv(input.csv, plan.budgetLines);
  if (!read.ok) return read;

  await db.$transaction(
    async (tx) => {
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
        data: { year: plan.year, cells: read.entries.length },
      });
    },
    { timeout: 30_000 },
  );
  return { ok: true, count: read.entries.length };
}
