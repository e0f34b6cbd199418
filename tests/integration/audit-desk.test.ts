import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportAuditReport, getAuditDesk } from '@/server/audit-desk/get-audit-desk';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import { cellText } from '@/domain/report-table/report-table';
import { seedDemoData } from '@/server/seed/seed-demo';
import ExcelJS from 'exceljs';
import { pdfText } from '../support/pdf-text';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let db: TestDatabase;
let gotland: string;
const people: Record<string, string> = {};
const as = (email: string) => ({ personId: people[email]! });
const deps = () => ({ db: db.prisma, now: new Date('2026-11-25T12:00:00+01:00') });
const desk = (email = 'revisor@finsamgotland.se') =>
  getAuditDesk({ associationId: gotland, year: 2026 }, as(email), deps());
const report = async (key: string) => (await desk()).reports.find((r) => r.key === key)!.table;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.prisma);
  gotland = (await db.prisma.association.findUniqueOrThrow({ where: { slug: 'finsamgotland' } })).id;
  for (const person of await db.prisma.person.findMany()) people[person.email] = person.id;
});
afterAll(() => db.drop());

describe('the auditor’s desk', () => {
  it('is open to the auditor, the chair and the director, not to a board member or the administrator', async () => {
    for (const email of ['revisor@finsamgotland.se', 'ordforande@finsamgotland.se', 'chef@samplan.se'])
      await expect(desk(email)).resolves.toMatchObject({ year: 2026 });
    for (const email of ['ledamot@finsamgotland.se', 'admin@finsamgotland.se'])
      await expect(desk(email)).rejects.toMatchObject(new AuthorizationError('FORBIDDEN'));
    await expect(
      getAuditDesk({ associationId: gotland, year: 2026 }, as('revisor@sjobygden.se'), deps()),
    ).rejects.toMatchObject(new AuthorizationError('NOT_FOUND'));
  });

  it('shows budget against outcome per line with the deviation (Ung Vux Gotland: +29 877,52 kr)', async () => {
    const table = await report('budgetutfall');
    const ungVux = table.rows.find((row) => row.cells[0] === 'Ung Vux Gotland')!;
    expect(cellText(ungVux.cells[1]!)).toBe('850\u00a0000\u00a0kr');
    expect(cellText(ungVux.cells[4]!)).toBe('29\u00a0877,52\u00a0kr');
    expect(ungVux.cells[5]).toBe('3,5 %');
    expect(table.rows.at(-1)!.cells[0]).toBe('Resultat');
  });

  it('shows equity per year against the floor of 650 000 kr and the cap', async () => {
    const table = await report('eget-kapital');
    expect(table.rows.map((row) => row.cells[0])).toContain('2026');
    expect(table.rows.every((row) => cellText(row.cells[3]!) === '650\u00a0000\u00a0kr')).toBe(true);
  });

  it('highlights the seeded attest: the director recorded and attested the same invoice', async () => {
    const table = await report('attestlogg');
    const row = table.rows.find((r) => r.cells[2] === 'Visby Konferens AB')!;
    expect(row.highlight).toBe(true);
    expect(row.cells[7]).toBe('Anna Lind');
    expect(row.cells[8]).toBe('Samma person registrerade och attesterade');
  });

  it('lists the decision adopting the 2026 plan in the register', async () => {
    const table = await report('beslut');
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]!.cells[2]).toBe('§ 5');
    expect(table.rows[0]!.cells[4]).toBe('Styrelsen beslutar att anta verksamhets- och budgetplan 2026.');
  });

  it('finds no changes to adopted documents in the demo, and finds one made to the adopted budget', async () => {
    expect((await report('andringar')).rows).toEqual([]);
    const plan = await db.prisma.plan.findFirstOrThrow({
      where: { associationId: gotland, year: 2026, status: 'ADOPTED' },
      include: { budgetLines: { take: 1 } },
    });
    const line = plan.budgetLines[0]!;
    await db.prisma.auditLog.createMany({
      data: [
        {
          associationId: gotland,
          personId: people['chef@samplan.se'],
          at: new Date('2026-06-01T10:00:00Z'),
          action: 'budget.cellSaved',
          entityType: 'BudgetLine',
          entityId: line.id,
          data: { before: { amount: '1' }, after: { amount: '2' } },
        },
        {
          associationId: gotland,
          personId: people['chef@samplan.se'],
          at: new Date('2026-06-02T10:00:00Z'),
          action: 'budgetOutcome.saved',
          entityType: 'BudgetLine',
          entityId: line.id,
        },
      ],
    });
    const rows = (await report('andringar')).rows;
    expect(rows).toHaveLength(1);
    expect(rows[0]!.highlight).toBe(true);
    expect(rows[0]!.cells[3]).toBe('Belopp ändrat (BudgetLine)');
    expect(rows[0]!.cells[4]).toBe('amount: 1 → 2');
  });

  it('lists delegation changes field by field: the prisbasbelopp 2026 and an attest limit change', async () => {
    await db.prisma.auditLog.create({
      data: {
        associationId: gotland,
        personId: people['chef@samplan.se'],
        at: new Date('2026-09-01T10:00:00Z'),
        action: 'settings.delegationChanged',
        entityType: 'AssociationSettings',
        entityId: gotland,
        data: {
          before: { directorAttestLimitPbb: '1', vatRate: '0.25' },
          after: { directorAttestLimitPbb: '1.5', vatRate: '0.25' },
        },
      },
    });
    const rows = (await report('delegation')).rows.map((row) => row.cells.slice(2));
    expect(rows).toEqual([
      ['Prisbasbelopp 2026', '–', '59200'],
      ['Förbundschefens attestgräns (prisbasbelopp)', '1', '1.5'],
    ]);
  });

  it('exports each report as PDF and XLSX', async () => {
    const pdf = await exportAuditReport(
      { associationId: gotland, year: 2026, report: 'attestlogg', format: 'pdf' },
      as('revisor@finsamgotland.se'),
      { ...deps(), compress: false },
    );
    expect(pdf!.fileName).toBe('attestlogg-avvikelser-2026.pdf');
    expect(Buffer.from(pdf!.body).subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfText(pdf!.body)).toContain('Visby Konferens AB');
    expect(pdfText(pdf!.body)).toContain('Samma person');
    const xlsx = await exportAuditReport(
      { associationId: gotland, year: 2026, report: 'budgetutfall', format: 'xlsx' },
      as('revisor@finsamgotland.se'),
      deps(),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx!.body) as never);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Budget mot utfall 2026');
    const values: unknown[] = [];
    sheet.eachRow((row) => values.push(row.getCell(1).value, row.getCell(2).value));
    expect(values).toContain('Ung Vux Gotland');
    expect(values).toContain(850000);
    expect(
      await exportAuditReport(
        { associationId: gotland, year: 2026, report: 'okand', format: 'pdf' },
        as('revisor@finsamgotland.se'),
        deps(),
      ),
    ).toBeNull();
  });
});
