import 'server-only';
import { z } from 'zod';
import { groupOf, insertionIndex, typeOfCategory } from '@/domain/budget/budget-groups';
import type { BudgetSheetLine } from '@/domain/budget/budget-sheet';
import type { BudgetCategory } from '@/domain/budget/types';
import { changedFields } from '@/domain/audit/changed-fields';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import { StaleVersionError } from '@/server/kernel/use-case-errors';
import { category, lineName, note } from './budget-input';
import { loadEditableLine } from '@/server/plan-version/editable-plan';
import { loadLineOrder, renumberLines } from './line-order';
import { loadSheetLine } from './sheet-lines';
import { associationId, id, version } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';

export interface UpdateBudgetLineInput {
  associationId: string;
  lineId: string;
  version: number;
  name: string;
  category: BudgetCategory;
  outsideTotal: boolean;
  note: string;
}

const schema = z.object({
  associationId,
  lineId: id,
  version,
  name: lineName,
  category,
  outsideTotal: z.boolean(),
  note,
});

/**
 * Renames a line, changes its note or whether it counts in the total, or moves it to another
 * category; the type (income or cost) follows the category, and a line moved to another group
 * goes last among the lines of its new category.
 */
export async function updateBudgetLine(
  input: UpdateBudgetLineInput,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<{ line: BudgetSheetLine }> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'budget.edit', { db });

  return db.$transaction(async (tx) => {
    const { line, plan } = await loadEditableLine(tx, parsed.associationId, parsed.lineId);
    const changed = await tx.budgetLine.updateMany({
      where: { id: line.id, version: parsed.version },
      data: {
        name: parsed.name,
        category: parsed.category,
        type: typeOfCategory(parsed.category),
        outsideTotal: parsed.outsideTotal,
        note: parsed.note,
        version: { increment: 1 },
      },
    });
    if (changed.count === 0)
      throw new StaleVersionError<{ line: BudgetSheetLine | null }>({ line: await loadSheetLine(tx, line.id) });

    if (groupOf(line.category) !== groupOf(parsed.category)) {
      const others = (await loadLineOrder(tx, plan.id)).filter((l) => l.id !== line.id);
      const index = insertionIndex(others, parsed.category);
      await renumberLines(tx, [...others.slice(0, index), { id: line.id, order: -1 }, ...others.slice(index)]);
    }
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'budget.lineUpdated',
      entityType: 'BudgetLine',
      entityId: line.id,
      data: {
        planId: plan.id,
        ...changedFields(
          {
            name: line.name,
            type: line.type,
            category: line.category,
            outsideTotal: line.outsideTotal,
            note: line.note,
          },
          {
            name: parsed.name,
            type: typeOfCategory(parsed.category),
            category: parsed.category,
            outsideTotal: parsed.outsideTotal,
            note: parsed.note,
          },
        ),
      },
    });
    return { line: (await loadSheetLine(tx, line.id))! };
  });
}
