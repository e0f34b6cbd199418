import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sum } from '@/domain/money/kronor';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import { getFollowUp } from '@/server/budget/page-readers/get-follow-up';
import { importOutcome } from '@/server/budget/import-outcome';
import { saveOutcome } from '@/server/budget/save-outcome';
import { seedDemoData } from '@/server/seed/seed-demo';
import { LockedError, StaleVersionError } from '@/server/kernel/use-case-errors';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let db: TestDatabase;
let association: string;
let plan2026: string;
let draft2027: string;
const people: Record<string, string> = {};
const now = new Date('2026-11-25T12:00:00+01:00');

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.prisma);
  association = (await db.prisma.association.findUniqueOrThrow({ where: { slug: 'finsamgotland' } })).id;
  plan2026 = (await db.prisma.plan.findFirstOrThrow({ where: { associationId: association, year: 2026 } })).id;
  draft2027 = (await db.prisma.plan.findFirstOrThrow({ where: { associationId: association, year: 2027 } })).id;
  for (const person of await db.prisma.person.findMany()) people[person.email] = person.id;
});
afterAll(() => db.drop());

const options = () => ({ db: db.prisma });
const lineId = async (planId: string, name: string) =>
  (await db.prisma.budgetLine.findFirstOrThrow({ where: { planId, name } })).id;

describe('follow-up of FinsamGotland 2026', () => {
  it('defaults to the running year’s adopted plan through the last recorded month (October)', async () => {
    const view = await getFollowUp(association, { now, db: db.prisma });
    expect(view.plan).toMatchObject({ year: 2026, versionNumber: 1 });
    expect(view.throughMonth).toBe(10);
    const fk = view.followUp!.lines.find((l) => l.name === 'Försäkringskassan')!;
    expect(fk.outcomeToDate.toString()).toBe('1750000');
    expect(fk.forecast.toString()).toBe('2100000');
    expect(view.followUp!.lines.map((l) => l.name)).not.toContain('Eget kapital');
    expect(view.followUp!.lines.map((l) => l.name)).not.toContain('Reserv eget kapital');
    expect(view.followUp!.income.budget.toString()).toBe('4200500');
    // SUMMA KOSTNADER 5 382 447 less the equity reserve 650 000, which is kept, not spent.
    expect(view.followUp!.costs.budget.toString()).toBe('4732447');
  });

  it('saves a month’s outcome, audited, and the follow-up counts it', async () => {
    const line = await lineId(plan2026, 'Uppföljning & utvärdering');
    const before = (await getFollowUp(association, { now, throughMonth: 11, db: db.prisma })).followUp!.lines.find(
      (l) => l.id === line,
    )!;
    const saved = await saveOutcome(
      people['admin@finsamgotland.se'],
      { associationId: association, lineId: line, month: 11, amount: '5 000', version: null },
      options(),
    );
    expect(saved).toMatchObject({ year: 2026, month: 11, amount: '5000', version: 1 });
    const after = (await getFollowUp(association, { now, throughMonth: 11, db: db.prisma })).followUp!.lines.find(
      (l) => l.id === line,
    )!;
    expect(after.outcomeToDate.minus(before.outcomeToDate).toString()).toBe('5000');
    // 5 000 budget: forecast = outcome to date + one twelfth left.
    expect(after.forecast.toString()).toBe(after.outcomeToDate.plus('416.67').toString());
    expect(after.deviation.toString()).toBe(after.forecast.minus(5000).toString());
    const audit = await db.prisma.auditLog.findFirst({ where: { action: 'budgetOutcome.saved', entityId: line } });
    expect(audit?.personId).toBe(people['admin@finsamgotland.se']);
  });

  it('refuses a save against a stale version with the fresh value', async () => {
    const line = await lineId(plan2026, 'Ung Vux Gotland');
    const stored = await db.prisma.budgetOutcome.findFirstOrThrow({ where: { budgetLineId: line, month: 3 } });
    const first = await saveOutcome(
      people['chef@samplan.se'],
      { associationId: association, lineId: line, month: 3, amount: '70 000', version: stored.version },
      options(),
    );
    expect(first.version).toBe(stored.version + 1);
    const stale = saveOutcome(
      people['chef@samplan.se'],
      { associationId: association, lineId: line, month: 3, amount: '71 000', version: stored.version },
      options(),
    );
    await expect(stale).rejects.toBeInstanceOf(StaleVersionError);
    await expect(stale).rejects.toMatchObject({ fresh: { amount: '70000', version: stored.version + 1 } });
    const twiceNew = saveOutcome(
      people['chef@samplan.se'],
      { associationId: association, lineId: line, month: 3, amount: '1', version: null },
      options(),
    );
    await expect(twiceNew).rejects.toMatchObject({ fresh: { amount: '70000' } });
  });

  it('refuses the auditor and a board member, and outcome on a draft plan', async () => {
    const line = await lineId(plan2026, 'Ung Vux Gotland');
    for (const email of ['revisor@finsamgotland.se', 'ledamot@finsamgotland.se']) {
      await expect(
        saveOutcome(
          people[email],
          { associationId: association, lineId: line, month: 12, amount: '1', version: null },
          options(),
        ),
      ).rejects.toMatchObject(new AuthorizationError('FORBIDDEN'));
    }
    const draftLine = await lineId(draft2027, 'Ung Vux Gotland');
    await expect(
      saveOutcome(
        people['chef@samplan.se'],
        { associationId: association, lineId: draftLine, month: 1, amount: '1', version: null },
        options(),
      ),
    ).rejects.toBeInstanceOf(LockedError);
  });

  it('counts a paid invoice on its line by the month of payment, excluding VAT; an attested unpaid one not', async () => {
    const structural = await lineId(plan2026, 'Strukturell samverkan & kompetensutveckling');
    const entered = await db.prisma.budgetOutcome.findMany({ where: { budgetLineId: structural, month: { lte: 5 } } });
    const enteredSum = sum(entered.map((o) => o.amount.toString()));
    const through = async (month: number) =>
      (await getFollowUp(association, { now, throughMonth: month, db: db.prisma })).followUp!.lines.find(
        (l) => l.id === structural,
      )!;
    // The seeded Visby Konferens AB invoice: 12 400 kr excl. VAT (15 500 incl.), paid 15 May 2026.
    expect((await through(5)).outcomeToDate.toString()).toBe(enteredSum.plus(12400).toString());
    expect((await through(4)).outcomeToDate.minus(enteredSum).lessThan(12400)).toBe(true);

    const before = await through(10);
    await db.prisma.invoice.create({
      data: {
        associationId: association,
        supplier: 'Attesterad Ej Betald AB',
        invoiceNumber: 'A-1',
        invoiceDate: new Date('2026-06-01'),
        amountExclVat: '8000',
        amountInclVat: '10000',
        budgetLineId: structural,
        status: 'ATTESTED',
      },
    });
    expect((await through(10)).outcomeToDate.toString()).toBe(before.outcomeToDate.toString());
    await db.prisma.invoice.create({
      data: {
        associationId: association,
        supplier: 'Betald AB',
        invoiceNumber: 'B-1',
        invoiceDate: new Date('2026-06-01'),
        amountExclVat: '8000',
        amountInclVat: '10000',
        budgetLineId: structural,
        status: 'PAID',
        paidAt: new Date('2026-06-30T23:30:00+02:00'),
      },
    });
    expect((await through(10)).outcomeToDate.minus(before.outcomeToDate).toString()).toBe('8000');
    // Paid late on 30 June Swedish time: June's outcome, not July's.
    expect((await through(6)).outcomeToDate.minus((await through(5)).outcomeToDate).greaterThanOrEqualTo(8000)).toBe(
      true,
    );
    // A report per date counts only what was paid by then.
    const asOf = (
      await getFollowUp(association, {
        now,
        throughMonth: 10,
        paidBefore: new Date('2026-06-01T00:00:00+02:00'),
        db: db.prisma,
      })
    ).followUp!;
    expect(asOf.lines.find((l) => l.id === structural)!.outcomeToDate.toString()).toBe(before.outcomeToDate.toString());
    await db.prisma.invoice.deleteMany({ where: { invoiceNumber: { in: ['A-1', 'B-1'] } } });
  });

  it('imports an outcome file all or nothing, reporting unknown lines by row', async () => {
    const header = 'Rad;Jan;Feb;Mar;Apr;Maj;Jun;Jul;Aug;Sep;Okt;Nov;Dec';
    const refused = await importOutcome(
      people['chef@samplan.se'],
      {
        associationId: association,
        planId: plan2026,
        csv: `${header}\nKonsulttjänster;;;;;;;;;;;12 000;\nOkänd rad;1\n`,
      },
      options(),
    );
    expect(refused).toEqual({
      ok: false,
      errors: [{ row: 3, column: 'Rad', kind: 'UNKNOWN_LINE', value: 'Okänd rad' }],
    });
    const konsult = await lineId(plan2026, 'Konsulttjänster');
    expect(await db.prisma.budgetOutcome.count({ where: { budgetLineId: konsult } })).toBe(0);

    const imported = await importOutcome(
      people['chef@samplan.se'],
      {
        associationId: association,
        planId: plan2026,
        csv: `${header}\nKonsulttjänster;;;;;;;;;;;12 000,50;\nRänteintäkter;;;;;;;;;;;41;\n`,
      },
      options(),
    );
    expect(imported).toEqual({ ok: true, count: 2 });
    const rows = await db.prisma.budgetOutcome.findMany({ where: { budgetLineId: konsult } });
    expect(rows.map((r) => [r.month, r.amount.toString(), r.source])).toEqual([[11, '12000.5', 'IMPORT']]);
    const view = await getFollowUp(association, { now, throughMonth: 11, db: db.prisma });
    const line = view.followUp!.lines.find((l) => l.id === konsult)!;
    expect(line.budget.toString()).toBe('0');
    expect(line.deviation.toString()).toBe('12000.5');
    expect(line.favourable).toBe(false);
  });
});
