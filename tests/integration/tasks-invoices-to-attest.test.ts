import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRoles } from '@/server/authz/load-membership';
import { getMyTasks } from '@/server/plan/page-readers/get-my-tasks';
import { seededDemoDatabase, type DemoIds } from '../support/demo-ids';
import type { TestDatabase } from '../support/test-database';

let database: TestDatabase;
let ids: DemoIds;

beforeAll(async () => {
  ({ database, ids } = await seededDemoDatabase());
});
afterAll(async () => {
  await database?.drop();
});

const now = new Date('2026-11-20T12:00:00Z');
async function invoicesFor(personId: string) {
  const roles = await loadRoles(personId, ids.gotland, { db: database.prisma, now });
  const tasks = await getMyTasks(ids.gotland, personId, roles, { now, db: database.prisma });
  return tasks.invoicesToAttest.map((invoice) => invoice.invoiceNumber).sort();
}

describe('Att göra: invoices waiting for the signed-in person’s attest', () => {
  it('the director sees those within the limit that do not concern the director', async () => {
    expect(await invoicesFor(ids.director)).toEqual(['F-1187', 'KG-30211']);
  });

  it('the chair sees those above the limit and those concerning the director', async () => {
    expect(await invoicesFor(ids.chair)).toEqual(['AKG-2026-118', 'DG-884213']);
  });

  it('the vice chair (substitute only when the chair is away) and a board member see none', async () => {
    expect(await invoicesFor(ids.vice)).toEqual([]);
    expect(await invoicesFor(ids.member)).toEqual([]);
  });

  it('an attested invoice leaves the list', async () => {
    await database.prisma.invoice.updateMany({
      where: { associationId: ids.gotland, invoiceNumber: 'KG-30211' },
      data: { status: 'ATTESTED' },
    });
    expect(await invoicesFor(ids.director)).toEqual(['F-1187']);
  });
});
