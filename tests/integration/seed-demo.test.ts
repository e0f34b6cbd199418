import { readFileSync } from 'node:fs';
import Decimal from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseKronor } from '@/domain/money/kronor';
import type { BudgetLineAmounts } from '@/domain/budget/types';
import { yearTotals } from '@/domain/budget/year-totals';
import { seedDemoData } from '@/server/seed/seed-demo';
import { DEMO_LOGINS } from '@/server/seed/demo-logins';
import { FINSAMGOTLAND_YEARS } from '@/server/seed/finsamgotland';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.prisma);
});
afterAll(() => db.drop());

const printed = new Map(
  readFileSync('tests/fixtures/finsamgotland-budget-2026.csv', 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [, name = '', ...cells] = line.split(';');
      return [name, cells.map((cell) => parseKronor(cell)?.toString())] as const;
    }),
);

async function planLines(slug: string): Promise<BudgetLineAmounts[]> {
  const plan = await db.prisma.plan.findFirstOrThrow({
    where: { association: { slug }, year: 2026 },
    include: { budgetLines: { include: { amounts: true } } },
  });
  return plan.budgetLines.map((line) => ({
    type: line.type,
    category: line.category,
    outsideTotal: line.outsideTotal,
    amounts: new Map(
      line.amounts.filter((a) => a.kind !== 'OUTCOME').map((a) => [a.year, new Decimal(a.amount.toString())]),
    ),
  }));
}

describe('demo data', () => {
  it('holds every printed total of FinsamGotland 2026, all five years', async () => {
    const totals = yearTotals(await planLines('finsamgotland'), FINSAMGOTLAND_YEARS);
    totals.forEach((year, index) => {
      expect(year.memberContributions.toString()).toBe(printed.get('Summa Samverkansmedel')![index]);
      expect(year.totalAvailable.toString()).toBe(printed.get('TOTALT')![index]);
      expect(year.costs.toString()).toBe(printed.get('SUMMA KOSTNADER')![index]);
    });
  });

  it('splits Sjöbygden 50/25/25 with the municipalities by population', async () => {
    const lines = await db.prisma.budgetLine.findMany({
      where: { plan: { association: { slug: 'sjobygden' }, year: 2026 }, category: 'MEMBER_CONTRIBUTION' },
      include: { amounts: { where: { year: 2026 } }, plan: false },
    });
    const members = await db.prisma.member.findMany({ where: { association: { slug: 'sjobygden' } } });
    const byKind = (kind: string) =>
      lines
        .filter((line) => members.find((m) => m.id === line.memberId)?.kind === kind)
        .reduce((total, line) => total.plus(line.amounts[0]!.amount.toString()), new Decimal(0));
    expect(byKind('FK').toString()).toBe('3000000');
    expect(byKind('REGION').toString()).toBe('1500000');
    expect(byKind('MUNICIPALITY').toString()).toBe('1500000');
    expect(members.filter((m) => m.kind === 'MUNICIPALITY')).toHaveLength(4);
  });

  it('has FinsamGotland’s board of 4 + 4 and a login for every role in both associations', async () => {
    const seats = await db.prisma.boardSeat.groupBy({
      by: ['kind'],
      where: { association: { slug: 'finsamgotland' } },
      _count: true,
    });
    expect(Object.fromEntries(seats.map((s) => [s.kind, s._count]))).toEqual({ ORDINARY: 4, DEPUTY: 4, CO_OPTED: 1 });
    for (const slug of ['finsamgotland', 'sjobygden']) {
      const roles = DEMO_LOGINS.flatMap((login) => login.roles[slug] ?? []);
      expect(new Set(roles).size).toBe(9);
    }
    const director = await db.prisma.person.findUniqueOrThrow({
      where: { email: 'chef@samplan.se' },
      include: { roles: true },
    });
    expect(director.roles.filter((r) => r.role === 'DIRECTOR')).toHaveLength(2);
  });
});
