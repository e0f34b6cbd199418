import 'server-only';
import { z } from 'zod';
import { insertionIndex, typeOfCategory } from '@/domain/budget/budget-groups';
import type { BudgetSheetLine } from '@/domain/budget/budget-sheet';
import type { BudgetCategory } from '@/domain/budget/types';
import { messages } from '@/i18n/catalog';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import { FieldValidationError } from '@/server/kernel/use-case-errors';
import { category, lineName } from './budget-input';
import { loadEditablePlan } from '@/server/plan-version/editable-plan';
import { loadLineOrder, renumberLines } from './line-order';
import { loadSheetLine } from './sheet-lines';
import { associationId, id } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';

export interface AddBudgetLineInput {
  associationId: string;
  planId: string;
  name: string;
  type: 'INCOME' | 'COST';
  category: BudgetCategory;
  outsideTotal?: boolean;
}

const schema = z.object({
  associationId,
  planId: id,
  name: lineName,
  type: z.enum(['INCOME', 'COST']),
  category,
  outsideTotal: z.boolean().optional().default(false),
});

/** Adds an empty line after the others of its category (or group). */
export async function addBudgetLine(
  input: AddBudgetLineInput,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<{ line: BudgetSheetLine }> {
  const parsed = schema.parse(input);
  if (typeOfCategory(parsed.category) !== parsed.type)
    throw new FieldValidationError({ category: messages().budgetRules.fields.categoryMismatch });
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'budget.edit', { db });

  return db.$transaction(async (tx) => {
    const plan = await loadEditablePlan(tx, parsed.associationId, parsed.planId);
    const lines = await loadLineOrder(tx, plan.id);
    const index = insertionIndex(lines, parsed.category);
    const created = await tx.budgetLine.create({
      data: {
        planId: plan.id,
        name: parsed.name,
        type: parsed.type,
        category: parsed.category,
        outsideTotal: parsed.outsideTotal,
        order: index,
      },
      select: { id: true, order: true },
    });
    await renumberLines(tx, [...lines.slice(0, index), created, ...lines.slice(index)]);
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'budget.lineAdded',
      entityType: 'BudgetLine',
      entityId: created.id,
      data: {
        planId: plan.id,
        after: {
          name: parsed.name,
          type: parsed.type,
          category: parsed.category,
          outsideTotal: parsed.outsideTotal,
          order: index,
        },
      },
    });
    return { line: (await loadSheetLine(tx, created.id))! };
  });
}
