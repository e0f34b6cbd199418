import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInWithPassword } from '@/server/auth/sign-in-with-password';
import { DEMO_PASSWORD } from '@/server/seed/demo-logins';
import { scaleEmail, scaleSlug, seedScaleData } from '@/server/seed/scale';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

describe('the benchmark scale seed (small options)', () => {
  it('writes every table it promises, linked, with amounts the budget can read', async () => {
    const counts = await seedScaleData(db.url, {
      associations: 2,
      years: [2025, 2026],
      linesPerPlan: 5,
      meetingsPerYear: 2,
      paragraphsPerMeeting: 3,
      invoicesPerYear: 4,
    });
    expect(counts).toEqual({
      associations: 2,
      people: 20,
      plans: 4,
      budgetLines: 20,
      budgetAmounts: 80,
      budgetOutcomes: 4 * 2 * 12,
      meetings: 8,
      paragraphs: 24,
      invoices: 16,
      attestations: 16,
    });
    const association = await db.prisma.association.findUniqueOrThrow({
      where: { slug: scaleSlug(2) },
      select: {
        id: true,
        plans: {
          orderBy: { year: 'asc' },
          select: { year: true, status: true, _count: { select: { budgetLines: true } } },
        },
      },
    });
    expect(association.plans).toEqual([
      { year: 2025, status: 'ADOPTED', _count: { budgetLines: 5 } },
      { year: 2026, status: 'DRAFT', _count: { budgetLines: 5 } },
    ]);
    const amount = await db.prisma.budgetAmount.findFirstOrThrow({
      where: { budgetLine: { plan: { associationId: association.id, year: 2026 }, order: 0 }, year: 2026 },
    });
    expect(amount.amount.toString()).toBe('2002000');
    expect(await db.prisma.minutesParagraph.count({ where: { associationId: association.id, year: 2026 } })).toBe(6);
    expect(await db.prisma.attestation.count({ where: { invoice: { associationId: association.id } } })).toBe(8);
    // Its people sign in with the demo password.
    expect((await signInWithPassword({ email: scaleEmail(1, 0), password: DEMO_PASSWORD }, { db: db.prisma })).ok).toBe(
      true,
    );
  });
});
