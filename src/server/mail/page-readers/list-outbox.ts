// Page reader: checks no permission itself. It relies on the outbox page's
// requireAssociationAccess(slug, 'mail.outbox.read') (installningar/e-post).
import 'server-only';
import { prisma } from '@/server/db/client';
import type { MailStatus } from '@/generated/prisma/enums';

export const OUTBOX_PAGE_SIZE = 50;

/** The association's outbox, newest first, one page at a time, with the count per status. */
export async function listOutbox(associationId: string, page: number) {
  const skip = Math.max(0, page - 1) * OUTBOX_PAGE_SIZE;
  const [rows, grouped] = await Promise.all([
    prisma.outboxMail.findMany({
      where: { associationId },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip,
      take: OUTBOX_PAGE_SIZE,
      select: {
        id: true,
        createdAt: true,
        toAddress: true,
        kind: true,
        subject: true,
        status: true,
        attempts: true,
        lastError: true,
        person: { select: { name: true } },
      },
    }),
    prisma.outboxMail.groupBy({ by: ['status'], where: { associationId }, _count: { _all: true } }),
  ]);
  const counts: Record<MailStatus, number> = { QUEUED: 0, SENT: 0, FAILED: 0, DIGEST_PENDING: 0, DIGESTED: 0 };
  for (const group of grouped) counts[group.status] = group._count._all;
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  return { rows, counts, total, pageSize: OUTBOX_PAGE_SIZE };
}
