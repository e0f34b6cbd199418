// Page reader: checks no permission itself. It relies on the import page's requireAssociationAccess(slug,
// 'budget.edit') (budget/import).
import 'server-only';
import type { PrismaClient } from '@/generated/prisma/client';
import { prisma } from '@/server/db/client';
import { IMPORTABLE_PLAN_STATUSES } from '../budget-import-target';

/** The association's plans an import may go into (still being drafted, not locked), latest year first. */
export async function listImportablePlans(associationId: string, db: PrismaClient = prisma) {
  return db.plan.findMany({
    where: { associationId, lockedAt: null, status: { in: [...IMPORTABLE_PLAN_STATUSES] } },
    orderBy: [{ year: 'desc' }, { versionNumber: 'desc' }],
    select: { id: true, year: true, versionNumber: true, title: true, status: true },
  });
}
