/** The history panel's data: an entity's audit entries (and, for a plan, its lines'), read like the entity. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBudgetLineForHistory } from '@/server/history/find-budget-line-for-history';
import { getEntityHistory } from '@/server/history/get-entity-history';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import { removeBudgetLine } from '@/server/budget/remove-budget-line';
import { saveBudgetCell } from '@/server/budget/save-budget-cell';
import { updateBudgetLine } from '@/server/budget/update-budget-line';
import { attestInvoice } from '@/server/invoice/attest-invoice';
import { seedDemoData } from '@/server/seed/seed-demo';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let database: TestDatabase;
const db = () => database.prisma;
const ids = { gotland: '', sjobygden: '', draft: '', director: '', auditor: '', member: '', sjobygdenChair: '' };
const options = () => ({ db: db() });
const as = (personId: string) => ({ personId });

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database.prisma);
  ids.gotland = (await db().association.findUniqueOrThrow({ where: { slug: 'finsamgotland' } })).id;
  ids.sjobygden = (await db().association.findUniqueOrThrow({ where: { slug: 'sjobygden' } })).id;
  ids.draft = (await db().plan.findFirstOrThrow({ where: { associationId: ids.gotland, year: 2027 } })).id;
  const person = async (email: string) => (await db().person.findUniqueOrThrow({ where: { email } })).id;
  ids.director = await person('chef@samplan.se');
  ids.auditor = await person('revisor@finsamgotland.se');
  ids.member = await person('medlem@finsamgotland.se');
  ids.sjobygdenChair = await person('ordforande@sjobygden.se');
});
afterAll(() => database?.drop());

describe('getEntityHistory', () => {
  it('lists a budget line’s changes newest first, with before → after, for anyone who may read the budget', async () => {
    const line = await db().budgetLine.findFirstOrThrow({
      where: { planId: ids.draft, category: 'ADMINISTRATION' },
      include: { amounts: true },
    });
    const cell = line.amounts.find((a) => a.year === 2027 && a.kind === 'BUDGET')!;
    await saveBudgetCell(
      {
        associationId: ids.gotland,
        lineId: line.id,
        year: 2027,
        kind: 'BUDGET',
        amount: '700 000',
        version: cell.version,
      },
      as(ids.director),
      options(),
    );
    await updateBudgetLine(
      {
        associationId: ids.gotland,
        lineId: line.id,
        version: line.version,
        name: 'Kansli',
        category: line.category,
        outsideTotal: line.outsideTotal,
        note: 'Ny hyra',
      },
      as(ids.director),
      options(),
    );

    const history = await getEntityHistory(
      { associationId: ids.gotland, entityType: 'BudgetLine', entityId: line.id },
      as(ids.auditor),
      options(),
    );
    expect(history.truncated).toBe(false);
    expect(history.entries.map((e) => e.action)).toEqual(['budget.lineUpdated', 'budget.cellSaved']);
    const [updated, saved] = history.entries;
    expect(updated).toMatchObject({ own: true, personName: 'Anna Lind' });
    expect(updated!.changes).toEqual([
      { field: 'name', before: line.name, after: 'Kansli' },
      { field: 'note', before: line.note, after: 'Ny hyra' },
    ]);
    expect(saved!.changes).toEqual([{ field: 'amount', before: cell.amount.toString(), after: '700000' }]);
    expect(saved!.context).toMatchObject({ year: 2027, kind: 'BUDGET' });
  });

  it('a plan’s history includes its lines’ entries, named, also a removed line', async () => {
    const temporary = await db().budgetLine.create({
      data: { planId: ids.draft, name: 'Engångsrad', type: 'COST', category: 'ADMINISTRATION', order: 900 },
    });
    await removeBudgetLine(
      { associationId: ids.gotland, lineId: temporary.id, version: temporary.version },
      as(ids.director),
      options(),
    );
    const history = await getEntityHistory(
      { associationId: ids.gotland, entityType: 'Plan', entityId: ids.draft },
      as(ids.member),
      options(),
    );
    const removed = history.entries.find((e) => e.action === 'budget.lineRemoved')!;
    expect(removed).toMatchObject({
      own: false,
      entityType: 'BudgetLine',
      entityId: temporary.id,
      entityLabel: 'Engångsrad',
    });
    expect(history.entries.some((e) => e.action === 'budget.lineUpdated' && e.entityLabel === 'Kansli')).toBe(true);

    expect(await findBudgetLineForHistory(ids.gotland, temporary.id, options())).toMatchObject({
      name: 'Engångsrad',
      removed: true,
      plan: { id: ids.draft },
    });
    expect(await findBudgetLineForHistory(ids.sjobygden, temporary.id, options())).toBeNull();
  });

  it('limits to the newest entries and says so', async () => {
    const history = await getEntityHistory(
      { associationId: ids.gotland, entityType: 'Plan', entityId: ids.draft, limit: 1 },
      as(ids.director),
      options(),
    );
    expect(history.entries).toHaveLength(1);
    expect(history.truncated).toBe(true);
  });

  it('is read like the entity: an invoice’s history is refused to a member representative, and to another association', async () => {
    const invoice = await db().invoice.findFirstOrThrow({
      where: { associationId: ids.gotland, invoiceNumber: 'KG-30211' },
    });
    await attestInvoice(
      { associationId: ids.gotland, invoiceId: invoice.id, version: invoice.version },
      as(ids.director),
      { db: db(), now: new Date('2026-11-20T12:00:00Z') },
    );
    const history = await getEntityHistory(
      { associationId: ids.gotland, entityType: 'Invoice', entityId: invoice.id },
      as(ids.auditor),
      options(),
    );
    expect(history.entries[0]).toMatchObject({
      action: 'invoice.attested',
      changes: [{ field: 'status', before: 'RECEIVED', after: 'ATTESTED' }],
    });

    await expect(
      getEntityHistory(
        { associationId: ids.gotland, entityType: 'Invoice', entityId: invoice.id },
        as(ids.member),
        options(),
      ),
    ).rejects.toMatchObject(new AuthorizationError('FORBIDDEN'));
    await expect(
      getEntityHistory(
        { associationId: ids.gotland, entityType: 'Invoice', entityId: invoice.id },
        as(ids.sjobygdenChair),
        options(),
      ),
    ).rejects.toMatchObject(new AuthorizationError('NOT_FOUND'));
    // Asked through another association, the entity's entries are not there.
    const elsewhere = await getEntityHistory(
      { associationId: ids.sjobygden, entityType: 'Invoice', entityId: invoice.id },
      as(ids.director),
      options(),
    );
    expect(elsewhere.entries).toEqual([]);
  });
});
