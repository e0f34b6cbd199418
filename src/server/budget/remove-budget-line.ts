import 'server-only';
import { z } from 'zod';
import type { BudgetSheetLine } from '@/domain/budget/budget-sheet';
import { messages } from '@/i18n/catalog';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import { toKronor } from '@/server/money/to-kronor';
import { ConflictError, StaleVersionError } from '@/server/kernel/use-case-errors';
import { loadEditableLine } from '@/server/plan-version/editable-plan';
import { loadSheetLine } from './sheet-lines';
import { associationId, id, version } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';

export interface RemoveBudgetLineInput {
  associationId: string;
  lineId: string;
  version: number;
}

const schema = z.object({ associationId, lineId: id, version });

/** Removes a line and its amounts; a line with outcomes or invoices stays (CONFLICT). The audit entry keeps its amounts. */
export async function removeBudgetLine(
  input: RemoveBudgetLineInput,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<{ removedId: string }> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'budget.edit', { db });

  return db.$transaction(async (tx) => {
    const { line, plan } = await loadEditableLine(tx, parsed.associationId, parsed.lineId);
    const [outcomes, invoices, amounts] = await Promise.all([
      tx.budgetOutcome.count({ where: { budgetLineId: line.id } }),
      tx.invoice.count({ where: { budgetLineId: line.id } }),
      tx.budgetAmount.findMany({ where: { budgetLineId: line.id }, select: { year: true, kind: true, amount: true } }),
    ]);
    if (line.version !== parsed.version)
      throw new StaleVersionError<{ line: BudgetSheetLine | null }>({ line: await loadSheetLine(tx, line.id) });
    if (outcomes > 0 || invoices > 0) throw new ConflictError(messages().budgetRules.lineHasOutcomes);
    const removed = await tx.budgetLine.deleteMany({ where: { id: line.id, version: parsed.version } });
    if (removed.count === 0)
      throw new StaleVersionError<{ line: BudgetSheetLine | null }>({ line: await loadSheetLine(tx, line.id) });
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'budget.lineRemoved',
      entityType: 'BudgetLine',
      entityId: line.id,
      data: {
        planId: plan.id,
        before: {
          name: line.name,
          type: line.type,
          category: line.category,
          outsideTotal: line.outsideTotal,
          note: line.note,
          order: line.order,
          amounts: amounts.map((a) => ({ year: a.year, kind: a.kind, amount: toKronor(a.amount).toFixed() })),
        },
      },
    });
    return { removedId: line.id };
  });
}
