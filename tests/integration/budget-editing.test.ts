import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import { addBudgetLine } from '@/server/budget/add-budget-line';
import { fillContributionsFromState } from '@/server/budget/fill-contributions-from-state';
import { getBudgetSheet } from '@/server/budget/page-readers/get-budget-sheet';
import { moveBudgetLine } from '@/server/budget/move-budget-line';
import { removeBudgetLine } from '@/server/budget/remove-budget-line';
import { saveBudgetCell } from '@/server/budget/save-budget-cell';
import { updateBudgetLine } from '@/server/budget/update-budget-line';
import { seedDemoData } from '@/server/seed/seed-demo';
import { LockedError, StaleVersionError } from '@/server/kernel/use-case-errors';
import { createTestDatabase } from '../support/test-database';
import { refusal } from '../support/refusal';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const deps = () => ({ db: database.prisma, now: new Date('2026-11-15T12:00:00Z') });
const ids = { gotland: '', sjobygden: '', director: '', boardMember: '', sjobygdenChair: '', draft: '', adopted: '' };

async function personId(email: string) {
  return (await database.prisma.person.findUniqueOrThrow({ where: { email } })).id;
}
async function lineNamed(planId: string, name: string) {
  return database.prisma.budgetLine.findFirstOrThrow({ where: { planId, name }, include: { amounts: true } });
}
async function auditCount() {
  return database.prisma.auditLog.count();
}

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database.prisma);
  const association = (slug: string) => database.prisma.association.findUniqueOrThrow({ where: { slug } });
  ids.gotland = (await association('finsamgotland')).id;
  ids.sjobygden = (await association('sjobygden')).id;
  ids.director = await personId('chef@samplan.se');
  ids.boardMember = await personId('ledamot@finsamgotland.se');
  ids.sjobygdenChair = await personId('ordforande@sjobygden.se');
  const plan = (year: number) => database.prisma.plan.findFirstOrThrow({ where: { associationId: ids.gotland, year } });
  ids.draft = (await plan(2027)).id;
  ids.adopted = (await plan(2026)).id;
});
afterAll(async () => {
  await database?.drop();
});

describe('getBudgetSheet', () => {
  it('opens FinsamGotland’s 2027 draft, editable for the director only', async () => {
    const sheet = (await getBudgetSheet(ids.gotland, { roles: ['DIRECTOR'] }, deps()))!;
    expect([sheet.planId, sheet.planYear, sheet.planVersion, sheet.editable]).toEqual([ids.draft, 2027, 1, true]);
    expect(sheet.columns.map((c) => `${c.year} ${c.kind}`)).toEqual([
      '2026 BUDGET',
      '2027 BUDGET',
      '2028 PROGNOSIS',
      '2029 PROGNOSIS',
      '2030 PROGNOSIS',
    ]);
    const fk = sheet.lines.find((l) => l.name === 'Försäkringskassan')!;
    expect(fk.cells[2027]).toMatchObject({ year: 2027, kind: 'BUDGET', amount: '2050000', version: 1 });
    expect(sheet.settings).toEqual({
      regionHoldsMunicipalRole: true,
      municipalSplitKey: 'EQUAL',
      equityFloor: '650000',
      capTiers: [{ upTo: '7000000', percent: '20' }],
    });
    expect((await getBudgetSheet(ids.gotland, { roles: ['BOARD_MEMBER'] }, deps()))!.editable).toBe(false);
  });

  it('shows the adopted 2026 plan read-only, and nothing for a year without a plan', async () => {
    const sheet = (await getBudgetSheet(ids.gotland, { year: 2026, roles: ['DIRECTOR'] }, deps()))!;
    expect([sheet.planId, sheet.editable]).toEqual([ids.adopted, false]);
    expect(await getBudgetSheet(ids.gotland, { year: 2031, roles: ['DIRECTOR'] }, deps())).toBeNull();
  });
});

describe('saveBudgetCell', () => {
  it('persists the amount as typed, bumps the cell version and writes an audit entry', async () => {
    const line = await lineNamed(ids.draft, 'Uppföljning & utvärdering');
    const cell = line.amounts.find((a) => a.year === 2027 && a.kind === 'BUDGET')!;
    const before = await auditCount();
    const result = await saveBudgetCell(
      {
        associationId: ids.gotland,
        lineId: line.id,
        year: 2027,
        kind: 'BUDGET',
        amount: '12 500 kr',
        version: cell.version,
      },
      { personId: ids.director },
      deps(),
    );
    expect(result).toEqual({
      cell: { year: 2027, kind: 'BUDGET', amount: '12500', version: cell.version + 1 },
      lineVersion: line.version,
    });
    const stored = await database.prisma.budgetAmount.findUniqueOrThrow({ where: { id: cell.id } });
    expect([stored.amount.toString(), stored.version]).toEqual(['12500', cell.version + 1]);
    expect(await auditCount()).toBe(before + 1);
    const entry = await database.prisma.auditLog.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(entry).toMatchObject({
      action: 'budget.cellSaved',
      personId: ids.director,
      associationId: ids.gotland,
      entityId: line.id,
    });
  });

  it('creates an empty cell, "-" being zero', async () => {
    const line = await lineNamed(ids.draft, 'Reserv eget kapital');
    await database.prisma.budgetAmount.deleteMany({ where: { budgetLineId: line.id, year: 2030 } });
    const result = await saveBudgetCell(
      { associationId: ids.gotland, lineId: line.id, year: 2030, kind: 'PROGNOSIS', amount: '-', version: null },
      { personId: ids.director },
      deps(),
    );
    expect(result.cell).toEqual({ year: 2030, kind: 'PROGNOSIS', amount: '0', version: 1 });
  });

  it('refuses a stale version with the fresh cell and changes nothing', async () => {
    const line = await lineNamed(ids.draft, 'Strukturell samverkan & kompetensutveckling');
    const cell = line.amounts.find((a) => a.year === 2028)!;
    const input = {
      associationId: ids.gotland,
      lineId: line.id,
      year: 2028,
      kind: 'PROGNOSIS' as const,
      amount: '310 000',
      version: cell.version,
    };
    await saveBudgetCell(input, { personId: ids.director }, deps());
    const before = await auditCount();
    const error = await refusal(saveBudgetCell({ ...input, amount: '999' }, { personId: ids.director }, deps()));
    expect(error).toBeInstanceOf(StaleVersionError);
    expect((error as StaleVersionError<unknown>).fresh).toEqual({
      cell: { year: 2028, kind: 'PROGNOSIS', amount: '310000', version: cell.version + 1 },
    });
    expect((await database.prisma.budgetAmount.findUniqueOrThrow({ where: { id: cell.id } })).amount.toString()).toBe(
      '310000',
    );
    expect(await auditCount()).toBe(before);
    const created = await refusal(saveBudgetCell({ ...input, version: null }, { personId: ids.director }, deps()));
    expect(created).toBeInstanceOf(StaleVersionError);
  });

  it('refuses bad text and more than 12 digits with Swedish field messages', async () => {
    const line = await lineNamed(ids.draft, 'Strukturell samverkan & kompetensutveckling');
    const base = { associationId: ids.gotland, lineId: line.id, year: 2027, kind: 'BUDGET' as const, version: 1 };
    const bad = await refusal(saveBudgetCell({ ...base, amount: 'tvåhundra' }, { personId: ids.director }, deps()));
    expect((bad as { issues: { path: string[]; message: string }[] }).issues[0]).toMatchObject({
      path: ['amount'],
      message: 'Skriv ett belopp i kronor, till exempel 2 100 000.',
    });
    const large = await refusal(
      saveBudgetCell({ ...base, amount: '1 000 000 000 000' }, { personId: ids.director }, deps()),
    );
    expect((large as { issues: { message: string }[] }).issues[0]!.message).toBe(
      'Beloppet får ha högst 12 siffror före decimaltecknet.',
    );
  });

  it('refuses a board member (FORBIDDEN) and a person of Sjöbygden (NOT_FOUND), changing nothing', async () => {
    const line = await lineNamed(ids.draft, 'Ränteintäkter');
    const cell = line.amounts.find((a) => a.year === 2027)!;
    const before = await auditCount();
    const input = {
      associationId: ids.gotland,
      lineId: line.id,
      year: 2027,
      kind: 'BUDGET' as const,
      amount: '1',
      version: cell.version,
    };
    expect(
      ((await refusal(saveBudgetCell(input, { personId: ids.boardMember }, deps()))) as AuthorizationError).code,
    ).toBe('FORBIDDEN');
    expect(
      ((await refusal(saveBudgetCell(input, { personId: ids.sjobygdenChair }, deps()))) as AuthorizationError).code,
    ).toBe('NOT_FOUND');
    // The director of both, naming Sjöbygden but a line of FinsamGotland.
    const foreign = await refusal(
      saveBudgetCell({ ...input, associationId: ids.sjobygden }, { personId: ids.director }, deps()),
    );
    expect((foreign as AuthorizationError).code).toBe('NOT_FOUND');
    expect((await database.prisma.budgetAmount.findUniqueOrThrow({ where: { id: cell.id } })).amount.toString()).toBe(
      '500',
    );
    expect(await auditCount()).toBe(before);
  });

  it('refuses changes to the adopted 2026 plan as LOCKED', async () => {
    const line = await lineNamed(ids.adopted, 'Ränteintäkter');
    const cell = line.amounts.find((a) => a.year === 2026)!;
    const error = await refusal(
      saveBudgetCell(
        { associationId: ids.gotland, lineId: line.id, year: 2026, kind: 'BUDGET', amount: '1', version: cell.version },
        { personId: ids.director },
        deps(),
      ),
    );
    expect(error).toBeInstanceOf(LockedError);
    expect(
      await refusal(
        addBudgetLine(
          { associationId: ids.gotland, planId: ids.adopted, name: 'X', type: 'COST', category: 'STRUCTURAL' },
          { personId: ids.director },
          deps(),
        ),
      ),
    ).toBeInstanceOf(LockedError);
  });
});

describe('lines', () => {
  it('adds, renames, moves and removes a line', async () => {
    const actor = { personId: ids.director };
    const before = await auditCount();
    const { line } = await addBudgetLine(
      { associationId: ids.gotland, planId: ids.draft, name: '  Metodstöd IPS ', type: 'COST', category: 'STRUCTURAL' },
      actor,
      deps(),
    );
    expect(line).toMatchObject({ name: 'Metodstöd IPS', category: 'STRUCTURAL', version: 1, cells: {} });
    const order = async () =>
      (await database.prisma.budgetLine.findMany({ where: { planId: ids.draft }, orderBy: { order: 'asc' } })).map(
        (l) => l.name,
      );
    const names = await order();
    expect(names.indexOf('Metodstöd IPS')).toBe(names.indexOf('Uppföljning & utvärdering') + 1);

    const renamed = await updateBudgetLine(
      {
        associationId: ids.gotland,
        lineId: line.id,
        version: 1,
        name: 'IPS-stöd',
        category: 'STRUCTURAL',
        outsideTotal: false,
        note: 'Ny 2027',
      },
      actor,
      deps(),
    );
    expect(renamed.line).toMatchObject({ name: 'IPS-stöd', note: 'Ny 2027', version: 2 });
    const stale = await refusal(
      updateBudgetLine(
        {
          associationId: ids.gotland,
          lineId: line.id,
          version: 1,
          name: 'Annat',
          category: 'STRUCTURAL',
          outsideTotal: false,
          note: '',
        },
        actor,
        deps(),
      ),
    );
    expect((stale as StaleVersionError<{ line: { name: string } }>).fresh.line.name).toBe('IPS-stöd');

    const moved = await moveBudgetLine(
      { associationId: ids.gotland, lineId: line.id, version: 2, direction: 'up' },
      actor,
      deps(),
    );
    const movedNames = moved.lines.map((l) => l.name);
    expect(movedNames.indexOf('IPS-stöd')).toBe(movedNames.indexOf('Uppföljning & utvärdering') - 1);
    expect(moved.lines.find((l) => l.id === line.id)!.version).toBe(3);

    expect(await removeBudgetLine({ associationId: ids.gotland, lineId: line.id, version: 3 }, actor, deps())).toEqual({
      removedId: line.id,
    });
    expect(await database.prisma.budgetLine.findUnique({ where: { id: line.id } })).toBeNull();
    expect(await auditCount()).toBe(before + 4);
  });

  it('moves a line to another group when its category changes, the type following', async () => {
    const actor = { personId: ids.director };
    const { line } = await addBudgetLine(
      {
        associationId: ids.gotland,
        planId: ids.draft,
        name: 'Bidrag från stiftelse',
        type: 'INCOME',
        category: 'OTHER_INCOME',
      },
      actor,
      deps(),
    );
    const updated = await updateBudgetLine(
      {
        associationId: ids.gotland,
        lineId: line.id,
        version: 1,
        name: 'Kansli, extra',
        category: 'ADMINISTRATION',
        outsideTotal: false,
        note: '',
      },
      actor,
      deps(),
    );
    expect(updated.line).toMatchObject({ type: 'COST', category: 'ADMINISTRATION' });
    const names = (
      await database.prisma.budgetLine.findMany({ where: { planId: ids.draft }, orderBy: { order: 'asc' } })
    ).map((l) => l.name);
    expect(names.at(-1)).toBe('Kansli, extra');
  });
});

describe('fillContributionsFromState', () => {
  it('sets Sjöbygden’s region and municipalities from the state amount, creating missing lines', async () => {
    const sjobygden = ids.sjobygden;
    const members = await database.prisma.member.findMany({ where: { associationId: sjobygden } });
    const member = (name: string) => members.find((m) => m.name === name)!;
    // A bare 2027 draft of our own, in place of the seeded one (started from 2026).
    await database.prisma.plan.deleteMany({ where: { associationId: sjobygden, year: 2027 } });
    const draft = await database.prisma.plan.create({
      data: { associationId: sjobygden, year: 2027, title: 'Verksamhets- och budgetplan 2027' },
    });
    await database.prisma.budgetLine.create({
      data: {
        planId: draft.id,
        order: 0,
        name: 'Försäkringskassan',
        type: 'INCOME',
        category: 'MEMBER_CONTRIBUTION',
        memberId: member('Försäkringskassan').id,
        amounts: {
          create: [
            { year: 2027, kind: 'BUDGET', amount: '3000000' },
            { year: 2028, kind: 'PROGNOSIS', amount: '3200000' },
          ],
        },
      },
    });
    await database.prisma.budgetLine.create({
      data: {
        planId: draft.id,
        order: 1,
        name: 'Region Sjöland',
        type: 'INCOME',
        category: 'MEMBER_CONTRIBUTION',
        memberId: member('Region Sjöland').id,
        amounts: { create: [{ year: 2027, kind: 'BUDGET', amount: '1' }] },
      },
    });
    await database.prisma.budgetLine.create({
      data: { planId: draft.id, order: 2, name: 'Kansli', type: 'COST', category: 'ADMINISTRATION' },
    });

    const { lines } = await fillContributionsFromState(
      { associationId: sjobygden, planId: draft.id },
      { personId: ids.director },
      deps(),
    );
    const amount = (name: string, year: number) => lines.find((l) => l.name === name)?.cells[year]?.amount;
    expect(lines.map((l) => l.name)).toEqual([
      'Försäkringskassan',
      'Region Sjöland',
      'Sjöstads kommun',
      'Ekdala kommun',
      'Granlunda kommun',
      'Björkvikens kommun',
      'Kansli',
    ]);
    expect(
      ['Region Sjöland', 'Sjöstads kommun', 'Ekdala kommun', 'Granlunda kommun', 'Björkvikens kommun'].map((n) =>
        amount(n, 2027),
      ),
    ).toEqual(['1500000', '600000', '375000', '300000', '225000']);
    expect(amount('Sjöstads kommun', 2028)).toBe('640000');
    expect(lines.find((l) => l.name === 'Region Sjöland')!.cells[2027]!.version).toBe(2);

    const sheet = (await getBudgetSheet(sjobygden, { year: 2027, roles: ['DIRECTOR'] }, deps()))!;
    const { analyzeBudget } = await import('@/domain/budget/analyze-budget');
    expect(analyzeBudget(sheet).findings.filter((f) => f.rule === 'FUNDING_SPLIT')).toEqual([]);
  });
});
