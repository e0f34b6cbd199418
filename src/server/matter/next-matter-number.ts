import 'server-only';
import type { Prisma } from '@/generated/prisma/client';

/**
 * The next diarienummer of the association's year. Takes a transaction-scoped lock per
 * association and year, so two matters created at once (raised, or a plan sent to the board)
 * get different numbers instead of one of them failing on the unique key.
 */
export async function nextMatterNumber(
  tx: Prisma.TransactionClient,
  associationId: string,
  year: number,
): Promise<number> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`matter-number:${associationId}:${year}`}))`;
  const last = await tx.matter.aggregate({ where: { associationId, year }, _max: { number: true } });
  return (last._max.number ?? 0) + 1;
}
