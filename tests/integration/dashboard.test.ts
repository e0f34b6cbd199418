import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '@/server/seed/seed-demo';
import { getDashboard } from '@/server/plan/page-readers/get-dashboard';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let db: TestDatabase;
let finsamgotland: string;
beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.prisma);
  finsamgotland = (await db.prisma.association.findUniqueOrThrow({ where: { slug: 'finsamgotland' } })).id;
});
afterAll(() => db.drop());

const at = (iso: string) => new Date(`${iso}T12:00:00+01:00`);

describe('getDashboard', () => {
  it('shows FinsamGotland 2026 with the adopted plan’s figures', async () => {
    const dashboard = await getDashboard(finsamgotland, { now: at('2026-06-01'), requestedYear: null, db: db.prisma });
    expect(dashboard.plan).toMatchObject({ year: 2026, status: 'ADOPTED' });
    const y2026 = dashboard.budget!.totals.find((t) => t.year === 2026)!;
    expect(y2026.memberContributions.toString()).toBe('4200000');
    expect(y2026.totalAvailable.toString()).toBe('6914595');
    expect(y2026.costs.toString()).toBe('5382447');
    expect(y2026.closingEquity.toString()).toBe('1532148');
    expect(dashboard.budget!.columns.map((c) => `${c.kind} ${c.year}`)).toEqual([
      'BUDGET 2025',
      'BUDGET 2026',
      'PROGNOSIS 2027',
      'PROGNOSIS 2028',
      'PROGNOSIS 2029',
    ]);
    expect(dashboard.members.map((m) => m.kind)).toEqual(['FK', 'AF', 'REGION']);
  });

  it('falls back to the latest plan and says so when the asked year has none', async () => {
    const dashboard = await getDashboard(finsamgotland, { now: at('2026-06-01'), requestedYear: 2031, db: db.prisma });
    expect(dashboard.plan?.year).toBe(2026);
    expect(dashboard.requestedYearMissing).toBe(2031);
  });

  it('warns about next year’s plan within 30 days of 30 November, not before', async () => {
    const early = await getDashboard(finsamgotland, { now: at('2026-10-15'), requestedYear: null, db: db.prisma });
    expect(early.deadline).toBeNull();
    const near = await getDashboard(finsamgotland, { now: at('2026-11-25'), requestedYear: null, db: db.prisma });
    expect(near.deadline).toMatchObject({ kind: 'approaching', planYear: 2027, daysLeft: 5 });
    const late = await getDashboard(finsamgotland, { now: at('2026-12-02'), requestedYear: null, db: db.prisma });
    expect(late.deadline).toMatchObject({ kind: 'passed', planYear: 2027 });
  });
});
