import 'server-only';
import { prisma } from '@/server/db/client';

/** The years the association has an annual report (verksamhetsberättelse) draft for, latest first. */
export async function getAnnualReports(associationId: string) {
  return prisma.annualReport.findMany({ where: { associationId }, orderBy: { year: 'desc' }, select: { id: true, year: true, updatedAt: true } });
}
