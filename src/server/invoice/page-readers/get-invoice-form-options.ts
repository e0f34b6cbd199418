// Page reader: checks no permission itself. It relies on the new-invoice page's requireAssociationAccess(slug,
// 'invoice.record') (fakturor/ny).
import 'server-only';
import { prisma } from '@/server/db/client';

/** What the invoice form offers: budget lines of each year's latest plan, interventions and the association's people. */
export async function getInvoiceFormOptions(associationId: string) {
  const [plans, interventions, people] = await Promise.all([
    prisma.plan.findMany({
      where: { associationId },
      orderBy: [{ year: 'desc' }, { versionNumber: 'desc' }],
      select: {
        year: true,
        budgetLines: { orderBy: { order: 'asc' }, where: { type: 'COST' }, select: { id: true, name: true } },
      },
    }),
    prisma.intervention.findMany({
      where: { associationId },
      orderBy: { name: 'asc' },
      select: { id: true, name: true },
    }),
    prisma.person.findMany({
      where: { roles: { some: { associationId } } },
      orderBy: { name: 'asc' },
      select: { id: true, name: true },
    }),
  ]);
  const seen = new Set<number>();
  const budgetLines = plans
    .filter((plan) => !seen.has(plan.year) && seen.add(plan.year))
    .map((plan) => ({ year: plan.year, lines: plan.budgetLines }));
  return { budgetLines, interventions, people };
}
