// Page reader: checks no permission itself. It relies on the matters page's requireAssociationAccess(slug,
// 'matter.read') (arenden).
import 'server-only';
import type { MatterStatus } from '@/generated/prisma/enums';
import { prisma } from '@/server/db/client';
import { toKronorOrNull } from '@/server/money/to-kronor';

/** The association's matters, newest diarienummer first; only those in `status` when given. */
export async function getMatters(associationId: string, status?: MatterStatus) {
  const rows = await prisma.matter.findMany({
    where: { associationId, ...(status ? { status } : {}) },
    orderBy: [{ year: 'desc' }, { number: 'desc' }],
    select: {
      id: true,
      year: true,
      number: true,
      kind: true,
      title: true,
      status: true,
      requestedAmount: true,
      raisedBy: { select: { name: true } },
      raisedByMember: { select: { name: true } },
    },
  });
  return rows.map((row) => ({ ...row, requestedAmount: toKronorOrNull(row.requestedAmount) }));
}
