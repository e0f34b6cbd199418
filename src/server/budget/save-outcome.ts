import 'server-only';
import { z } from 'zod';
import { Prisma } from '@/generated/prisma/client';
import { changedFields } from '@/domain/audit/changed-fields';
import { messages } from '@/i18n/catalog';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { assertPermission } from '@/server/authz/assert-permission';
import { prisma } from '@/server/db/client';
import { ConflictError, FieldValidationError, LockedError, StaleVersionError } from '@/server/kernel/use-case-errors';
import { kronorText, monthNumber } from './outcome-input';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { associationId, id } from '@/server/kernel/input';

export const saveOutcomeInput = z.object({
  associationId,
  lineId: id,
  month: monthNumber,
  amount: kronorText,
  /** The version the cell was read at; null when it had no outcome yet. */
  version: z.coerce.number().int().positive().nullable(),
});

/** What is stored for the cell now; null when it has no outcome. */
export type FreshOutcome = { amount: string; version: number } | null;

export interface SavedOutcome {
  lineId: string;
  year: number;
  month: number;
  amount: string;
  version: number;
}

/** Records one line's outcome for one month of the plan year (follow-up work, allowed on an adopted plan). */
export async function saveOutcome(
  personId: string | null | undefined,
  rawInput: z.input<typeof saveOutcomeInput>,
  options: UseCaseDeps = {},
): Promise<SavedOutcome> {
  const db = options.db ?? prisma;
  const input = saveOutcomeInput.parse(rawInput);
  await assertPermission(personId, input.associationId, 'followUp.edit', { db });
  const t = messages().budgetFollowUp;

  const line = await db.budgetLine.findFirst({
    where: { id: input.lineId, plan: { associationId: input.associationId } },
    select: { id: true, name: true, category: true, plan: { select: { id: true, year: true, status: true } } },
  });
  if (!line) throw new FieldValidationError({ lineId: t.lineNotInPlan });
  if (line.category === 'EQUITY') throw new ConflictError(t.equityNotFollowedUp);
  if (line.plan.status !== 'ADOPTED') throw new LockedError(t.notAdoptedYet);
  const key = { budgetLineId: line.id, year: line.plan.year, month: input.month };

  const freshOf = async (): Promise<FreshOutcome> => {
    const row = await db.budgetOutcome.findUnique({
      where: { budgetLineId_year_month: key },
      select: { amount: true, version: true },
    });
    return row ? { amount: row.amount.toString(), version: row.version } : null;
  };

  try {
    return await db.$transaction(async (tx) => {
      const amount = input.amount.toString();
      const previous = await tx.budgetOutcome.findUnique({
        where: { budgetLineId_year_month: key },
        select: { amount: true, source: true },
      });
      let version: number;
      if (input.version === null) {
        const created = await tx.budgetOutcome.create({ data: { ...key, amount, source: 'MANUAL' } });
        version = created.version;
      } else {
        const updated = await tx.budgetOutcome.updateMany({
          where: { ...key, version: input.version },
          data: { amount, source: 'MANUAL', version: { increment: 1 } },
        });
        if (updated.count !== 1) throw new StaleVersionError<FreshOutcome>(null);
        version = input.version + 1;
      }
      await writeAuditEntry(tx, {
        associationId: input.associationId,
        personId: personId ?? null,
        action: 'budgetOutcome.saved',
        entityType: 'BudgetLine',
        entityId: line.id,
        data: {
          planId: line.plan.id,
          year: key.year,
          month: key.month,
          ...changedFields(
            { amount: previous?.amount.toString() ?? null, source: previous?.source ?? null },
            { amount, source: 'MANUAL' },
          ),
        },
      });
      return { lineId: line.id, year: key.year, month: key.month, amount, version };
    });
  } catch (error) {
    const duplicate = error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
    if (duplicate || error instanceof StaleVersionError) throw new StaleVersionError<FreshOutcome>(await freshOf());
    throw error;
  }
}
