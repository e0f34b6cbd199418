// Page reader: checks no permission itself. It relies on the attest settings page's
// requireAssociationAccess(slug, 'settings.read') (installningar/attest).
import 'server-only';
import { directorLimitInclVat } from '@/domain/attest/who-may-attest';
import { prisma } from '@/server/db/client';
import { toKronor } from '@/server/money/to-kronor';
import { loadDelegationSettings } from '../attest-context';

/** The delegation settings and the prisbasbelopp per year, each with the director's limit incl. VAT. */
export async function getDelegationSettings(associationId: string) {
  const [settings, amounts] = await Promise.all([
    loadDelegationSettings(prisma, associationId),
    prisma.priceBaseAmount.findMany({ where: { associationId }, orderBy: { year: 'desc' } }),
  ]);
  return {
    settings,
    priceBaseAmounts: amounts.map((row) => {
      const amount = toKronor(row.amount);
      return {
        year: row.year,
        amount,
        version: row.version,
        limitInclVat: directorLimitInclVat({ ...settings, priceBaseAmount: amount })!,
      };
    }),
  };
}
