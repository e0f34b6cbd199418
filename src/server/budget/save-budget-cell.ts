import 'server-only';
import { z } from 'zod';
import type { BudgetCell } from '@/domain/budget/budget-sheet';
import { columnKind } from '@/domain/budget/sheet-columns';
import { amountsAfterEnd, endYearOf } from '@/domain/plan/move-plan-year';
import { format, messages } from '@/i18n/catalog';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import { toKronor } from '@/server/money/to-kronor';
import { FieldValidationError, StaleVersionError } from '@/server/kernel/use-case-errors';
import { amountText, year } from './budget-input';
import { loadEditableLine } from '@/server/plan-version/editable-plan';
import { planColumns } from './sheet-lines';
import type { Db, UseCaseDeps } from '@/server/kernel/deps';
import { associationId, id, version } from '@/server/kernel/input';

export interface SaveBudgetCellInput {
  associationId: string;
  lineId: string;
  year: number;
  kind: 'BUDGET' | 'PROGNOSIS';
  amount: string;
  version: number | null;
}

const schema = z.object({
  associationId,
  lineId: id,
  year,
  kind: z.enum(['BUDGET', 'PROGNOSIS']),
  amount: amountText,
  version: version.nullable(),
});

async function readCell(
  db: Db,
  lineId: string,
  cellYear: number,
  kind: 'BUDGET' | 'PROGNOSIS',
): Promise<BudgetCell | null> {
  const row = await db.budgetAmount.findUnique({
    where: { budgetLineId_year_kind: { budgetLineId: lineId, year: cellYear, kind } },
  });
  return row ? { year: row.year, kind, amount: toKronor(row.amount).toFixed(), version: row.version } : null;
}

/**
 * Saves one cell. Versions are per cell, so two people may edit different cells of a line at once;
 * `version: null` means the cell was empty when read. The line's version is returned, not bumped.
 */
export async function saveBudgetCell(
  input: SaveBudgetCellInput,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<{ cell: BudgetCell; lineVersion: number }> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'budget.edit', { db });

  return db.$transaction(async (tx) => {
    const { line, plan } = await loadEditableLine(tx, parsed.associationId, parsed.lineId);
    const columns = await planColumns(tx, plan);
    const t = messages().budgetRules;
    if (!columns.some((c) => c.year === parsed.year)) throw new FieldValidationError({ year: t.fields.yearNotInPlan });
    const expectedKind = columnKind(plan.year, parsed.year);
    if (expectedKind !== parsed.kind) {
      throw new FieldValidationError({
        kind: format(t.fields.kindMismatch, {
          year: parsed.year,
          expected: t.amountKind[expectedKind],
          given: t.amountKind[parsed.kind],
        }),
      });
    }

    // An intervention's line holds nothing after the intervention ends (src/domain/plan/move-plan-year.ts).
    const linked = await tx.budgetLine.findUnique({
      where: { id: line.id },
      select: { intervention: { select: { endDate: true } } },
    });
    const endYear = endYearOf(linked?.intervention?.endDate);
    if (
      amountsAfterEnd([{ year: parsed.year, kind: parsed.kind, amount: parsed.amount.toFixed() }], endYear).length > 0
    ) {
      throw new FieldValidationError({
        amount: format(messages().planContent.interventions.afterEnd, { year: parsed.year, endYear: endYear! }),
      });
    }

    const key = { budgetLineId: line.id, year: parsed.year, kind: parsed.kind };
    const before = await readCell(tx, line.id, parsed.year, parsed.kind);
    const written =
      parsed.version === null
        ? (
            await tx.budgetAmount.createMany({
              data: [{ ...key, amount: parsed.amount.toFixed() }],
              skipDuplicates: true,
            })
          ).count
        : (
            await tx.budgetAmount.updateMany({
              where: { ...key, version: parsed.version },
              data: { amount: parsed.amount.toFixed(), version: { increment: 1 } },
            })
          ).count;
    if (written === 0)
      throw new StaleVersionError<{ cell: BudgetCell | null }>({
        cell: await readCell(tx, line.id, parsed.year, parsed.kind),
      });

    const cell = (await readCell(tx, line.id, parsed.year, parsed.kind))!;
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'budget.cellSaved',
      entityType: 'BudgetLine',
      entityId: line.id,
      data: {
        planId: plan.id,
        year: parsed.year,
        kind: parsed.kind,
        before: { amount: before?.amount ?? null },
        after: { amount: cell.amount },
      },
    });
    return { cell, lineVersion: line.version };
  });
}
