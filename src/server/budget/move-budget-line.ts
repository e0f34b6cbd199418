import 'server-only';
import { z } from 'zod';
import { moveNeighbourIndex } from '@/domain/budget/budget-groups';
import type { BudgetSheetLine } from '@/domain/budget/budget-sheet';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import { StaleVersionError } from '@/server/kernel/use-case-errors';
import { loadEditableLine } from '@/server/plan-version/editable-plan';
import { loadLineOrder, renumberLines } from './line-order';
import { loadSheetLines } from './sheet-lines';
import { associationId, id, version } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';

export interface MoveBudgetLineInput {
  associationId: string;
  lineId: string;
  version: number;
  direction: 'up' | 'down';
}

const schema = z.object({ associationId, lineId: id, version, direction: z.enum(['up', 'down']) });

/**
 * Swaps the line with its nearest neighbour of the same group in that direction (both versions
 * bumped); at the edge of its group nothing moves. Returns every line of the plan, in order.
 */
export async function moveBudgetLine(
  input: MoveBudgetLineInput,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<{ lines: BudgetSheetLine[] }> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'budget.edit', { db });

  return db.$transaction(async (tx) => {
    const { line, plan } = await loadEditableLine(tx, parsed.associationId, parsed.lineId);
    if (line.version !== parsed.version)
      throw new StaleVersionError<{ lines: BudgetSheetLine[] }>({ lines: await loadSheetLines(tx, plan) });
    const lines = await loadLineOrder(tx, plan.id);
    const index = lines.findIndex((l) => l.id === line.id);
    const neighbourIndex = moveNeighbourIndex(lines, line.id, parsed.direction);
    if (neighbourIndex !== null) {
      const sequence = [...lines];
      sequence[index] = lines[neighbourIndex]!;
      sequence[neighbourIndex] = lines[index]!;
      const moved = await tx.budgetLine.updateMany({
        where: { id: line.id, version: parsed.version },
        data: { version: { increment: 1 } },
      });
      if (moved.count === 0)
        throw new StaleVersionError<{ lines: BudgetSheetLine[] }>({ lines: await loadSheetLines(tx, plan) });
      await tx.budgetLine.update({ where: { id: lines[neighbourIndex]!.id }, data: { version: { increment: 1 } } });
      await renumberLines(tx, sequence);
      await writeAuditEntry(tx, {
        associationId: parsed.associationId,
        personId: actor.personId,
        action: 'budget.lineMoved',
        entityType: 'BudgetLine',
        entityId: line.id,
        data: {
          planId: plan.id,
          direction: parsed.direction,
          swappedWith: lines[neighbourIndex]!.id,
          before: { order: lines[index]!.order },
          after: { order: neighbourIndex },
        },
      });
    }
    return { lines: await loadSheetLines(tx, plan) };
  });
}
