import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthorizationError } from '@/server/authz/authorization-error';
import { getFollowUp } from '@/server/budget/get-follow-up';
import { importOutcome } from '@/server/budget/import-outcome';
import { saveOutcome } from '@/server/budget/save-outcome';
import { seedDemoData } from '@/server/seed/seed-demo';
import { LockedError, StaleVersionError } from '@/server/use-case-errors';
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
const lineId = async (planId: string, name: string) => (await db.prisma.budgetLine.findFirstOrThrow({ where: { planId, name } })).id;

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
    const before = (await getFollowUp(association, { now, throughMonth: 11, db: db.prisma })).followUp!.lines.find((l) => l.id === line)!;
    const saved = await saveOutcome(people['admin@finsamgotland.se'], { associationId: association, lineId: line, month: 11, amount: '5 000', version: null }, options());
    expect(saved).toMatchObject({ year: 2026, month: 11, amount: '5000', version: 1 });
    const after = (await getFollowUp(association, { now, throughMonth: 11, db: db.prisma })).followUp!.lines.find((l) => l.id === line)!;
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
    const first = await saveOutcome(people['chef@samplan.se'], { associationId: association, lineId: line, month: 3, amount: '70 000', version: stored.version }, options());
    expect(first.version).toBe(stored.version + 1);
    const stale = saveOutcome(people['chef@samplan.se'], { associationId: association, lineId: line, month: 3, amount: '71 000', version: stored.version }, options());
    await expect(stale).rejects.toBeInstanceOf(StaleVersionError);
    await expect(stale).rejects.toMatchObject({ fresh: { amount: '70000', version: stored.version + 1 } });
    const twiceNew = saveOutcome(people['chef@samplan.se'], { associationId: association, lineId: line, month: 3, amount: '1', version: null }, options());
    await expect(twiceNew).rejects.toMatchObject({ fresh: { amount: '70000' } });
  });

  it('refuses the auditor and a board member, and outcome on a draft plan', async () => {
    const line = await lineId(plan2026, 'Ung Vux Gotland');
    for (const email of ['revisor@finsamgotland.se', 'ledamot@finsamgotland.se']) {
      await expect(saveOutcome(people[email], { associationId: association, lineId: line, month: 12, amount: '1', version: null }, options())).rejects.toMatchObject(
        new AuthorizationError('FORBIDDEN'),
      );
    }
    const draftLine = await lineId(draft2027, 'Ung Vux Gotland');
    await expect(saveOutcome(people['chef@samplan.se'], { associationId: association, lineId: draftLine, month: 1, amount: '1', version: null }, options())).rejects.toBeInstanceOf(
      LockedError,
    );
  });

  it('imports an outcome file all or nothing, reporting unknown lines by row', async () => {
    const header = 'Rad;Jan;Feb;Mar;Apr;Maj;Jun;Jul;Aug;Sep;Okt;Nov;Dec';
    const refused = await importOutcome(
      people['chef@samplan.se'],
      { associationId: association, planId: plan2026, csv: `${header}\nKonsulttjänster;;;;;;;;;;;12 000;\nOkänd rad;1\n` },
      options(),
    );
    expect(refused).toEqual({ ok: false, errors: [{ row: 3, column: 'Rad', kind: 'UNKNOWN_LINE', value: 'Okänd rad' }] });
    const konsult = await lineId(plan2026, 'Konsulttjänster');
    expect(await db.prisma.budgetOutcome.count({ where: { budgetLineId: konsult } })).toBe(0);

    const imported = await importOutcome(
      people['chef@samplan.se'],
      { associationId: association, planId: plan2026, csv: `${header}\nKonsulttjänster;;;;;;;;;;;12 000,50;\nRänteintäkter;;;;;;;;;;;41;\n` },
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
