// Page reader: checks no permission itself. It relies on the reports page's requireAssociationAccess(slug,
// 'reports.read') (rapporter).
import 'server-only';
import type { PrismaClient } from '@/generated/prisma/client';
import { prisma } from '@/server/db/client';

/** Years a verksamhetsberättelse can be made for (an adopted plan, or a saved draft), latest first. */
export async function listAnnualReportYears(
  associationId: string,
  db: PrismaClient = prisma,
): Promise<{ year: number; updatedAt: Date | null }[]> {
  const [plans, reports] = await Promise.all([
    db.plan.findMany({
      where: { associationId, status: { in: ['ADOPTED', 'REVISED'] } },
      select: { year: true },
      distinct: ['year'],
    }),
    db.annualReport.findMany({ where: { associationId }, select: { year: true, updatedAt: true } }),
  ]);
  const years = new Set([...plans.map((p) => p.year), ...reports.map((r) => r.year)]);
  return [...years]
    .sort((a, b) => b - a)
    .map((year) => ({ year, updatedAt: reports.find((r) => r.year === year)?.updatedAt ?? null }));
}
