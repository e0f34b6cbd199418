// Page reader: no permission check of its own. It relies on the page's
// requireAssociationAccess(slug, 'publicRecords.export') (rapporter/allmanna-handlingar).
import 'server-only';
import type { PrismaClient } from '@/generated/prisma/client';
import { prisma } from '@/server/db/client';

/** What the public-records form offers to choose by: the plan years (newest first, as `{ year }` rows) and the matters. */
export async function listPublicRecordSubjects(associationId: string, db: PrismaClient = prisma) {
  const [planYears, matters] = await Promise.all([
    db.plan.findMany({
      where: { associationId },
      select: { year: true },
      distinct: ['year'],
      orderBy: { year: 'desc' },
    }),
    db.matter.findMany({
      where: { associationId },
      orderBy: [{ year: 'desc' }, { number: 'desc' }],
      select: { id: true, year: true, number: true, title: true },
    }),
  ]);
  return { planYears, matters };
}
