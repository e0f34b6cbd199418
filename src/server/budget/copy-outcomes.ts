import 'server-only';
import type { Prisma } from '@/generated/prisma/client';

/**
 * Carries the outcomes booked on the previous version's budget lines over to the lines of the
 * same type and name in the revision (lines the revision dropped keep theirs behind). Returns how
 * many were copied.
 */
export async function copyOutcomesFromPreviousVersion(
  tx: Prisma.TransactionClient,
  revision: { budgetLines: readonly { id: string; name: string; type: string }[] },
  previousVersionId: string,
): Promise<number> {
  const lineFor = new Map(revision.budgetLines.map((line) => [`${line.type}\u0000${line.name}`, line.id]));
  const outcomes = await tx.budgetOutcome.findMany({
    where: { budgetLine: { planId: previousVersionId } },
    select: {
      year: true,
      month: true,
      amount: true,
      source: true,
      budgetLine: { select: { name: true, type: true } },
    },
  });
  const copies = outcomes.flatMap(({ budgetLine, ...outcome }) => {
    const budgetLineId = lineFor.get(`${budgetLine.type}\u0000${budgetLine.name}`);
    return budgetLineId ? [{ ...outcome, budgetLineId }] : [];
  });
  await tx.budgetOutcome.createMany({ data: copies, skipDuplicates: true });
  return copies.length;
}
