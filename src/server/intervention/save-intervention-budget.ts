import 'server-only';
import { z } from 'zod';
import type { PrismaClient } from '@/generated/prisma/client';
import { insertionIndex } from '@/domain/budget/budget-groups';
import { columnKind } from '@/domain/budget/sheet-columns';
import { amountsAfterEnd, endYearOf } from '@/domain/plan/move-plan-year';
import { format, messages } from '@/i18n/catalog';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { amountText } from '@/server/budget/budget-input';
import { loadEditablePlan } from '@/server/plan-version/editable-plan';
import { loadLineOrder, renumberLines } from '@/server/budget/line-order';
import { planColumns } from '@/server/budget/sheet-lines';
import { prisma } from '@/server/db/client';
import { toKronor } from '@/server/money/to-kronor';
import { FieldValidationError, StaleVersionError } from '@/server/kernel/use-case-errors';
import { id } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { loadOwned } from '@/server/kernel/load-owned';

const schema = z.object({
  associationId: id,
  interventionId: id,
  planId: id,
  /** One entry per column year; `version` null = the cell was empty when read. */
  amounts: z
    .array(
      z.object({
        year: z.number().int().min(2000).max(2200),
        amount: amountText,
        version: z.number().int().min(1).nullable(),
      }),
    )
    .min(1)
    .max(20),
});

export interface InterventionBudgetCell {
  year: number;
  kind: 'BUDGET' | 'PROGNOSIS';
  amount: string;
  version: number;
}

/**
 * The intervention's budget per year in one plan. It IS the intervention's line in that plan's
 * budget (BudgetLine.interventionId): the line is created on first save (an INTERVENTION cost line
 * named as the intervention) and its cells are written, each at the version it was read. Years
 * after the intervention's end must be zero. Only while the plan may change.
 */
export async function saveInterventionBudget(
  input: z.input<typeof schema>,
  actor: Actor,
  options: UseCaseDeps = {},
): Promise<{ lineId: string; cells: InterventionBudgetCell[] }> {
  const parsed = schema.parse(input);
  const db = options.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'intervention.edit', { db });
  const t = messages().planContent;

  return db.$transaction(async (tx) => {
    const intervention = await loadOwned(
      (where) => tx.intervention.findFirst({ where, select: { id: true, name: true, endDate: true } }),
      parsed.associationId,
      parsed.interventionId,
    );
    const plan = await loadEditablePlan(tx, parsed.associationId, parsed.planId);
    const columns = await planColumns(tx, plan);
    const fieldErrors: Record<string, string> = {};
    for (const cell of parsed.amounts)
      if (!columns.some((c) => c.year === cell.year)) fieldErrors[`amounts.${cell.year}`] = t.fields.yearNotInPlan;
    const endYear = endYearOf(intervention.endDate);
    const wanted = parsed.amounts.map((a) => ({
      year: a.year,
      kind: columnKind(plan.year, a.year),
      amount: a.amount.toFixed(),
    }));
    for (const year of amountsAfterEnd(wanted, endYear))
      fieldErrors[`amounts.${year}`] = format(t.interventions.afterEnd, { year, endYear: endYear! });
    if (Object.keys(fieldErrors).length > 0) throw new FieldValidationError(fieldErrors);

    let line = await tx.budgetLine.findFirst({
      where: { planId: plan.id, interventionId: intervention.id },
      orderBy: { order: 'asc' },
      select: { id: true, name: true },
    });
    let created = false;
    if (!line) {
      const order = await loadLineOrder(tx, plan.id);
      const index = insertionIndex(order, 'INTERVENTION');
      const row = await tx.budgetLine.create({
        data: {
          planId: plan.id,
          name: intervention.name,
          type: 'COST',
          category: 'INTERVENTION',
          interventionId: intervention.id,
          order: index,
        },
        select: { id: true, order: true, name: true },
      });
      await renumberLines(tx, [...order.slice(0, index), row, ...order.slice(index)]);
      line = row;
      created = true;
    }

    const changes: { year: number; kind: string; from: string | null; to: string }[] = [];
    for (const cell of parsed.amounts) {
      const kind = columnKind(plan.year, cell.year);
      const key = { budgetLineId: line.id, year: cell.year, kind };
      const stored = await tx.budgetAmount.findUnique({ where: { budgetLineId_year_kind: key } });
      const to = cell.amount.toFixed();
      if (stored && toKronor(stored.amount).equals(cell.amount) && stored.version === cell.version) continue;
      if (!stored && cell.version === null && cell.amount.isZero() && !created) continue;
      const written =
        cell.version === null
          ? (await tx.budgetAmount.createMany({ data: [{ ...key, amount: to }], skipDuplicates: true })).count
          : (
              await tx.budgetAmount.updateMany({
                where: { ...key, version: cell.version },
                data: { amount: to, version: { increment: 1 } },
              })
            ).count;
      if (written === 0) throw new StaleVersionError({ cells: await readCells(tx, line.id) });
      changes.push({ year: cell.year, kind, from: stored ? toKronor(stored.amount).toFixed() : null, to });
    }

    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'intervention.budgetSaved',
      entityType: 'BudgetLine',
      entityId: line.id,
      data: {
        interventionId: intervention.id,
        planId: plan.id,
        line: line.name,
        created,
        // Per year, the amount before (null: no cell) and after.
        before: Object.fromEntries(changes.map((c) => [`${c.year}`, c.from])),
        after: Object.fromEntries(changes.map((c) => [`${c.year}`, c.to])),
      },
    });
    return { lineId: line.id, cells: await readCells(tx, line.id) };
  });
}

async function readCells(
  tx: Parameters<Parameters<PrismaClient['$transaction']>[0]>[0],
  lineId: string,
): Promise<InterventionBudgetCell[]> {
  const rows = await tx.budgetAmount.findMany({
    where: { budgetLineId: lineId, kind: { not: 'OUTCOME' } },
    orderBy: { year: 'asc' },
  });
  return rows.map((r) => ({
    year: r.year,
    kind: r.kind as 'BUDGET' | 'PROGNOSIS',
    amount: toKronor(r.amount).toFixed(),
    version: r.version,
  }));
}
