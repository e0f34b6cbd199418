import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { exportBudgetCsv } from '@/server/budget/export-budget-csv';
import { exportBudgetXlsx } from '@/server/budget/export-budget-xlsx';
import { importBudget } from '@/server/budget/import-budget';
import { previewBudgetImport } from '@/server/budget/preview-budget-import';
import { seedDemoData } from '@/server/seed/seed-demo';
import { LockedError } from '@/server/kernel/use-case-errors';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let db: TestDatabase;
let gotland: string;
let sjobygden: string;
let draft2027: string;
let adopted2026: string;
const people: Record<string, string> = {};
const fixture = new Uint8Array(readFileSync('tests/fixtures/finsamgotland-budget-2026.csv'));

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.prisma);
  gotland = (await db.prisma.association.findUniqueOrThrow({ where: { slug: 'finsamgotland' } })).id;
  sjobygden = (await db.prisma.association.findUniqueOrThrow({ where: { slug: 'sjobygden' } })).id;
  draft2027 = (await db.prisma.plan.findFirstOrThrow({ where: { associationId: gotland, year: 2027 } })).id;
  adopted2026 = (await db.prisma.plan.findFirstOrThrow({ where: { associationId: gotland, year: 2026 } })).id;
  for (const person of await db.prisma.person.findMany({ select: { id: true, email: true } }))
    people[person.email] = person.id;
});
afterAll(() => db.drop());

const deps = () => ({ db: db.prisma });
const as = (email: string) => ({ personId: people[email]! });
const director = () => as('chef@samplan.se');

/** Every line of a plan as "name type category outside: kind year amount, …", in order. */
async function linesOf(prisma: PrismaClient, planId: string): Promise<string[]> {
  const lines = await prisma.budgetLine.findMany({
    where: { planId },
    orderBy: { order: 'asc' },
    select: {
      name: true,
      type: true,
      category: true,
      outsideTotal: true,
      amounts: { select: { year: true, kind: true, amount: true } },
    },
  });
  return lines.map((line) => {
    const amounts = line.amounts
      .map((a) => `${a.kind} ${a.year} ${a.amount.toString()}`)
      .sort()
      .join(', ');
    return `${line.name} ${line.type} ${line.category}${line.outsideTotal ? ' outside' : ''}: ${amounts}`;
  });
}

async function newDraftVersion(year: number, versionNumber: number): Promise<string> {
  const plan = await db.prisma.plan.create({
    data: { associationId: gotland, year, versionNumber, title: `Utkast ${year} v${versionNumber}`, status: 'DRAFT' },
  });
  return plan.id;
}

describe('importing FinsamGotland’s budget table', () => {
  it('previews without writing: the lines, their groups and the Summa mismatches', async () => {
    const before = await db.prisma.budgetLine.count({ where: { planId: draft2027 } });
    const preview = await previewBudgetImport(
      { associationId: gotland, planId: draft2027, fileName: 'budget.csv', bytes: fixture },
      director(),
      deps(),
    );
    expect(preview.errors).toEqual([]);
    expect(preview.fileError).toBeNull();
    expect(preview.lines).toHaveLength(13);
    expect(preview.columns.map((c) => `${c.kind}>${c.storedKind} ${c.year}`)).toEqual([
      'BUDGET>BUDGET 2025',
      'BUDGET>BUDGET 2026',
      'PROGNOSIS>BUDGET 2027',
      'PROGNOSIS>PROGNOSIS 2028',
      'PROGNOSIS>PROGNOSIS 2029',
    ]);
    const mismatches = preview.sums.mismatches.map((m) => `${m.name} ${m.year}: ${m.printed} ≠ ${m.computed}`);
    expect(mismatches).toContain('SUMMA KOSTNADER 2026: 5382447 ≠ 4757447');
    expect(mismatches).toContain('TOTALT Utvecklingsinsatser 2025: 3162166 ≠ 3361638');
    expect(await db.prisma.budgetLine.count({ where: { planId: draft2027 } })).toBe(before);
  });

  it('replaces the 2027 draft’s lines with the file’s, linked to members and interventions, and audits it', async () => {
    const before = await db.prisma.budgetLine.count({ where: { planId: draft2027 } });
    const outcome = await importBudget(
      { associationId: gotland, planId: draft2027, fileName: 'budget.csv', bytes: fixture, mode: 'replace' },
      director(),
      deps(),
    );
    expect(outcome).toMatchObject({ imported: true, created: 13, removed: before });
    expect(outcome.preview.sums.mismatches.length).toBe(6);

    const lines = await linesOf(db.prisma, draft2027);
    expect(lines).toHaveLength(13);
    expect(lines[0]).toBe(
      'Försäkringskassan INCOME MEMBER_CONTRIBUTION: BUDGET 2025 2115000, BUDGET 2026 2100000, BUDGET 2027 2050000, PROGNOSIS 2028 2000000, PROGNOSIS 2029 2000000',
    );
    expect(lines).toContain(
      'Lönebidrag INCOME OTHER_INCOME outside: BUDGET 2025 100000, BUDGET 2026 160000, BUDGET 2027 160000, PROGNOSIS 2028 160000, PROGNOSIS 2029 160000',
    );
    const ungVux = await db.prisma.budgetLine.findFirstOrThrow({
      where: { planId: draft2027, name: 'Ung Vux Gotland' },
      select: { interventionId: true },
    });
    expect(ungVux.interventionId).not.toBeNull();
    const fk = await db.prisma.budgetLine.findFirstOrThrow({
      where: { planId: draft2027, name: 'Försäkringskassan' },
      select: { memberId: true },
    });
    expect(fk.memberId).not.toBeNull();

    const audit = await db.prisma.auditLog.findFirstOrThrow({
      where: { associationId: gotland, action: 'budget.imported' },
    });
    expect(audit.data).toMatchObject({ mode: 'replace', linesCreated: 13, linesRemoved: before, sumMismatches: 6 });
  });

  it('appends after the plan’s lines', async () => {
    const planId = await newDraftVersion(2028, 1);
    await importBudget(
      { associationId: gotland, planId, fileName: 'a.csv', bytes: fixture, mode: 'append' },
      director(),
      deps(),
    );
    const outcome = await importBudget(
      { associationId: gotland, planId, fileName: 'a.csv', bytes: fixture, mode: 'append' },
      director(),
      deps(),
    );
    expect(outcome).toMatchObject({ imported: true, created: 13, removed: 0 });
    const orders = (
      await db.prisma.budgetLine.findMany({ where: { planId }, select: { order: true }, orderBy: { order: 'asc' } })
    ).map((l) => l.order);
    expect(orders).toEqual([...Array(26).keys()]);
  });

  it('writes nothing from a file with errors and says where they are', async () => {
    const before = await linesOf(db.prisma, draft2027);
    const audits = await db.prisma.auditLog.count({ where: { action: 'budget.imported' } });
    const broken = new TextEncoder().encode(
      'Typ;Rad;Budget 2026;Budget 2026\nIntäkt;Försäkringskassan;två miljoner;1\nUtgift;Hyra;1;1\n',
    );
    const outcome = await importBudget(
      { associationId: gotland, planId: draft2027, fileName: 'fel.csv', bytes: broken, mode: 'replace' },
      director(),
      deps(),
    );
    expect(outcome.imported).toBe(false);
    expect(outcome.preview.errors.map((e) => `${e.row}:${e.column} ${e.code}`)).toEqual([
      '1:4 duplicateYear',
      '2:3 unreadableAmount',
      '3:1 unknownType',
    ]);
    expect(await linesOf(db.prisma, draft2027)).toEqual(before);
    expect(await db.prisma.auditLog.count({ where: { action: 'budget.imported' } })).toBe(audits);
  });

  it('refuses a corrupt XLSX with a message, not a crash', async () => {
    const corrupt = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    const preview = await previewBudgetImport(
      { associationId: gotland, planId: draft2027, fileName: 'trasig.xlsx', bytes: corrupt },
      director(),
      deps(),
    );
    expect(preview.fileError).toMatch(/Excel/);
  });

  it('refuses an adopted plan, a board member and a foreign association', async () => {
    const input = {
      associationId: gotland,
      planId: adopted2026,
      fileName: 'b.csv',
      bytes: fixture,
      mode: 'replace' as const,
    };
    await expect(importBudget(input, director(), deps())).rejects.toBeInstanceOf(LockedError);
    await expect(
      importBudget({ ...input, planId: draft2027 }, as('ledamot@finsamgotland.se'), deps()),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(importBudget({ ...input, planId: draft2027 }, as('admin@sjobygden.se'), deps())).rejects.toMatchObject(
      { code: 'NOT_FOUND' },
    );
    // The director of both may not reach one association's plan through the other.
    await expect(
      importBudget({ ...input, associationId: sjobygden, planId: draft2027 }, director(), deps()),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      exportBudgetCsv({ associationId: gotland, year: 2026, versionNumber: null }, as('admin@sjobygden.se'), deps()),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('export and re-import', () => {
  it('re-imports the seeded 2026 plan’s CSV to identical amounts, every Summa matching', async () => {
    const file = await exportBudgetCsv(
      { associationId: gotland, year: 2026, versionNumber: 1 },
      as('ledamot@finsamgotland.se'),
      deps(),
    );
    expect(file.fileName).toBe('budget-finsamgotland-2026-version-1.csv');
    const text = new TextDecoder().decode(file.body);
    expect(text).toContain('Typ;Rad;Budget 2025;Budget 2026;Prognos 2027;Prognos 2028;Prognos 2029');
    expect(text).toContain('Summa;SUMMA KOSTNADER;4 494 166 kr;5 382 447 kr;');

    const planId = await newDraftVersion(2026, 2);
    const outcome = await importBudget(
      { associationId: gotland, planId, fileName: file.fileName, bytes: file.body, mode: 'replace' },
      director(),
      deps(),
    );
    expect(outcome.imported).toBe(true);
    expect(outcome.preview.sums.mismatches).toEqual([]);
    expect(outcome.preview.sums.matched).toBe(4 * 5);
    expect(await linesOf(db.prisma, planId)).toEqual(await linesOf(db.prisma, adopted2026));
  });

  it('re-imports the XLSX (Summa rows as formulas with cached results) to identical amounts', async () => {
    const file = await exportBudgetXlsx(
      { associationId: gotland, year: 2026, versionNumber: null },
      director(),
      deps(),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.body) as unknown as ArrayBuffer);
    // Version 2 (the draft made above) is the second sheet; the first, the adopted plan, is what the import reads.
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Version 1', 'Version 2 (reviderad)']);
    const sheet = workbook.worksheets[0]!;
    const costsRow = sheet.getColumn(2).values.findIndex((v) => v === 'SUMMA KOSTNADER');
    const cell = sheet.getRow(costsRow).getCell(4).value as ExcelJS.CellFormulaValue;
    expect(cell.formula).toBe('SUM(D9:D15,D17:D18)');
    expect(cell.result).toBe(5382447);
    const totalRow = sheet.getColumn(2).values.findIndex((v) => v === 'TOTALT');
    expect((sheet.getRow(totalRow).getCell(5).value as ExcelJS.CellFormulaValue).formula).toContain('IF(COUNT(E');
    expect(sheet.getRow(2).getCell(3).numFmt).toBe('#,##0 "kr"');

    const planId = await newDraftVersion(2026, 3);
    const outcome = await importBudget(
      { associationId: gotland, planId, fileName: file.fileName, bytes: file.body, mode: 'replace' },
      director(),
      deps(),
    );
    expect(outcome.preview.errors).toEqual([]);
    expect(outcome.preview.sums.mismatches).toEqual([]);
    expect(outcome.preview.sums.matched).toBe(4 * 5);
    expect(await linesOf(db.prisma, planId)).toEqual(await linesOf(db.prisma, adopted2026));
  });

  it('skips the check of a formula saved without its value', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Budget');
    sheet.addRow(['Typ', 'Rad', 'Budget 2027']);
    sheet.addRow(['Kostnad', 'Reserv eget kapital', 650000]);
    sheet.addRow(['Summa', 'SUMMA KOSTNADER', { formula: 'SUM(C2)' }]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const preview = await previewBudgetImport(
      { associationId: gotland, planId: draft2027, fileName: 'f.xlsx', bytes },
      director(),
      deps(),
    );
    expect(preview.errors).toEqual([]);
    expect(preview.lines).toHaveLength(1);
    expect(preview.sums.notChecked).toEqual([
      expect.objectContaining({ row: 3, reason: 'FORMULA_WITHOUT_VALUE', column: 3, year: 2027 }),
    ]);
  });
});
