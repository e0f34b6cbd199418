import type { PrismaClient } from '@/generated/prisma/client';
import type { BudgetCategory } from '@/generated/prisma/enums';

export const BENCH_SLUG = 'benchmark';
const YEARS = [2026, 2027, 2028, 2029, 2030, 2031];
const COST_CATEGORIES: BudgetCategory[] = ['STRUCTURAL', 'INTERVENTION', 'NEW_ACTIVITIES', 'ADMINISTRATION'];

/**
 * A larger association for the benchmark: a draft plan with 60 lines × 6 years, its director
 * the demo director (chef@samplan.se).
 */
export async function seedBenchAssociation(prisma: PrismaClient): Promise<{ lineIds: string[] }> {
  const director = await prisma.person.findUniqueOrThrow({ where: { email: 'chef@samplan.se' } });
  const association = await prisma.association.create({
    data: {
      slug: BENCH_SLUG,
      name: 'Samordningsförbundet Benchmark',
      settings: { create: {} },
      rules: {
        create: {
          effectiveFromYear: YEARS[0]!,
          equityFloor: '500000',
          prognosisYears: 4,
          equityCapTiers: { create: [{ order: 1, upTo: '7000000', percent: '20' }] },
        },
      },
      roles: { create: { personId: director.id, role: 'DIRECTOR' } },
    },
  });
  const fk = await prisma.member.create({
    data: { associationId: association.id, kind: 'FK', name: 'Försäkringskassan' },
  });
  const region = await prisma.member.create({
    data: { associationId: association.id, kind: 'REGION', name: 'Region Bench' },
  });
  const plan = await prisma.plan.create({
    data: { associationId: association.id, year: 2027, title: 'Verksamhets- och budgetplan 2027' },
  });
  const lineIds: string[] = [];
  for (let order = 0; order < 60; order++) {
    const income = order < 4;
    const line = await prisma.budgetLine.create({
      data: {
        planId: plan.id,
        order,
        name: income
          ? ['Försäkringskassan', 'Region Bench', 'Ränteintäkter', 'Eget kapital'][order]!
          : `Kostnadsrad ${order}`,
        type: income ? 'INCOME' : 'COST',
        category: income
          ? (['MEMBER_CONTRIBUTION', 'MEMBER_CONTRIBUTION', 'OTHER_INCOME', 'EQUITY'] as const)[order]!
          : COST_CATEGORIES[order % 4]!,
        memberId: order === 0 ? fk.id : order === 1 ? region.id : undefined,
        amounts: {
          create: YEARS.filter((year) => order !== 3 || year === 2026).map((year) => ({
            year,
            kind: year <= 2027 ? ('BUDGET' as const) : ('PROGNOSIS' as const),
            amount: income ? (order < 2 ? '4000000' : order === 2 ? '1000' : '1500000') : String(100000 + order * 1234),
          })),
        },
      },
    });
    lineIds.push(line.id);
  }
  return { lineIds };
}
