import 'server-only';
import type { Prisma } from '@/generated/prisma/client';

/**
 * Writes part of the association's settings as seen at `version`: creates the row when none was
 * stored (version null), else updates it only if nobody changed it meanwhile. False when another
 * change came first (the caller throws StaleVersionError with what it read).
 */
export async function writeAssociationSettings(
  tx: Prisma.TransactionClient,
  associationId: string,
  version: number | null,
  data: Omit<Prisma.AssociationSettingsUncheckedCreateInput, 'associationId' | 'version'>,
): Promise<boolean> {
  const { count } =
    version === null
      ? await tx.associationSettings.createMany({ data: [{ associationId, ...data }], skipDuplicates: true })
      : await tx.associationSettings.updateMany({
          where: { associationId, version },
          data: { ...data, version: { increment: 1 } },
        });
  return count > 0;
}
