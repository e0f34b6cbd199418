import 'server-only';
import type { Prisma } from '@/generated/prisma/client';

/** The plan's lines in order, as the placing rules read them. */
export async function loadLineOrder(tx: Prisma.TransactionClient, planId: string) {
  return tx.budgetLine.findMany({
    where: { planId },
    orderBy: [{ order: 'asc' }, { createdAt: 'asc' }],
    select: { id: true, category: true, order: true },
  });
}

/**
 * Gives the lines the orders 0, 1, 2 … in the sequence given. Only the order changes, not the
 * relative order of the others, so their versions stay.
 */
export async function renumberLines(
  tx: Prisma.TransactionClient,
  sequence: readonly { id: string; order: number }[],
): Promise<void> {
  for (const [index, line] of sequence.entries()) {
    if (line.order !== index) await tx.budgetLine.update({ where: { id: line.id }, data: { order: index } });
  }
}
