// Page reader: checks no permission itself. It relies on the attest settings page's
// requireAssociationAccess(slug, 'settings.read') (installningar/attest).
import 'server-only';
import { directorLimitExclVat } from '@/domain/attest/who-may-attest';
import { prisma } from '@/server/db/client';
import { toKronor } from '@/server/money/to-kronor';
import { loadDelegationSettings } from '../attest-context';

/**
 * The delegation in force today (with the decision it rests on), the decisions a change can refer
 * to (taken, newest first), and the prisbasbelopp per year, each with the director's limit excl. VAT.
 */
export async function getDelegationSettings(associationId: string) {
  const now = new Date();
  const [settings, amounts, decisions] = await Promise.all([
    loadDelegationSettings(prisma, associationId),
    prisma.priceBaseAmount.findMany({ where: { associationId }, orderBy: { year: 'desc' } }),
    prisma.decision.findMany({
      where: { associationId, decidedAt: { lte: now }, meeting: { body: 'BOARD' } },
      orderBy: { decidedAt: 'desc' },
      take: 100,
      select: { id: true, text: true, decidedAt: true, meeting: { select: { title: true } } },
    }),
  ]);
  return {
    settings,
    decisions,
    priceBaseAmounts: amounts.map((row) => {
      const amount = toKronor(row.amount);
      return {
        year: row.year,
        amount,
        version: row.version,
        limitExclVat: directorLimitExclVat({ ...settings, priceBaseAmount: amount })!,
      };
    }),
  };
}
