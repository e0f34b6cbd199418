import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { StaleVersionError } from '@/server/kernel/use-case-errors';

/**
 * Saves a row found by its natural key as the user saw it: created when the user saw none (version
 * null; STALE when one came meanwhile), else updated only at the seen version (STALE otherwise).
 * `fresh` turns the stored row into what STALE carries (the row itself when not given).
 */
export async function createOrUpdateAtVersion<Row extends { id: string }>(
  before: Row | null,
  version: number | null,
  ops: {
    create: () => Promise<{ id: string; version: number }>;
    update: (version: number) => Promise<{ count: number }>;
    fresh?: (row: Row | null) => unknown;
  },
): Promise<{ id: string; version: number }> {
  const fresh = ops.fresh ?? ((row: Row | null) => row);
  if (version === null) {
    if (before) throw new StaleVersionError(fresh(before));
    return ops.create();
  }
  const updated = await ops.update(version);
  if (updated.count !== 1 || !before) throw new StaleVersionError(fresh(before));
  return { id: before.id, version: version + 1 };
}

/** Runs the save; a unique-key collision (two first saves at once) is refused as STALE with the row that won. */
export async function staleOnUniqueCollision<T>(save: () => Promise<T>, fresh: () => Promise<unknown>): Promise<T> {
  try {
    return await save();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
      throw new StaleVersionError(await fresh());
    throw error;
  }
}
