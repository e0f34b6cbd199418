import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import { collectPublicRecords } from '@/server/public-records/collect-public-records';
import { exportPublicRecords } from '@/server/public-records/export-public-records';
import { seedDemoData } from '@/server/seed/seed-demo';
import { ConflictError, FieldValidationError } from '@/server/kernel/use-case-errors';
import { pdfText } from '../support/pdf-text';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let db: TestDatabase;
let gotland: string;
const people: Record<string, string> = {};
const as = (email: string) => ({ personId: people[email]! });
const now = new Date('2026-11-25T12:00:00+01:00');
const deps = () => ({ db: db.prisma, now, compress: false });
const year2026 = () => ({ associationId: gotland, from: '2026-01-01', to: '2026-12-31' });

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.prisma);
  gotland = (await db.prisma.association.findUniqueOrThrow({ where: { slug: 'finsamgotland' } })).id;
  for (const person of await db.prisma.person.findMany()) people[person.email] = person.id;
});
afterAll(() => db.drop());

describe('public records', () => {
  it('is for the office: the director and the administrator, not the auditor or the chair', async () => {
    await expect(collectPublicRecords(year2026(), as('admin@finsamgotland.se'), deps())).resolves.toBeTruthy();
    for (const email of ['revisor@finsamgotland.se', 'ordforande@finsamgotland.se']) {
      await expect(collectPublicRecords(year2026(), as(email), deps())).rejects.toMatchObject(
        new AuthorizationError('FORBIDDEN'),
      );
    }
  });

  it('registers 2026: the adopted plan, the locked minutes, the decision and the attest log; the 2027 draft and the unadjusted consultation minutes as drafts', async () => {
    const selection = await collectPublicRecords(year2026(), as('chef@samplan.se'), deps());
    const rows = selection.entries.map((e) => [e.number, e.type, e.title, e.official, e.fileName]);
    expect(rows).toEqual([
      [1, 'Verksamhets- och budgetplan', 'Verksamhets- och budgetplan 2026', true, 'plan-2026-v1.pdf'],
      [
        2,
        'Beslut',
        '§ 5 Verksamhets- och budgetplan 2026: Styrelsen beslutar att anta verksamhets- och budgetplan 2026.',
        true,
        'beslut-2026-01-01-2026-12-31.pdf',
      ],
      [3, 'Beslutsförteckning', 'Beslut 2026-01-01 – 2026-12-31', true, 'beslut-2026-01-01-2026-12-31.pdf'],
      [4, 'Protokoll', 'Protokoll styrelsemöte 2026-02-06', true, 'protokoll-2026-02-06-styrelsemote.pdf'],
      // The members' consultation of 20 February is held but its minutes are not adjusted: registered, not handed out.
      [5, 'Protokoll', 'Protokoll medlemssamråd 2026-02-20', false, null],
      [6, 'Verksamhets- och budgetplan', 'Verksamhets- och budgetplan 2027', false, null],
      [7, 'Attestlogg', 'Attestlogg 2026-01-01 – 2026-12-31', true, 'attestlogg-2026-01-01-2026-12-31.pdf'],
    ]);
    expect(selection.entries[5]!.status).toBe('Utkast – inte allmän handling ännu');
  });

  it('makes a ZIP with the official documents as PDF and the register as PDF and CSV, drafts left out', async () => {
    const file = await exportPublicRecords(year2026(), as('chef@samplan.se'), deps());
    expect(file.fileName).toBe('allmanna-handlingar-2026-01-01-2026-12-31.zip');
    const zip = unzipSync(file.body);
    expect(Object.keys(zip).sort()).toEqual([
      'attestlogg-2026-01-01-2026-12-31.pdf',
      'beslut-2026-01-01-2026-12-31.pdf',
      'plan-2026-v1.pdf',
      'protokoll-2026-02-06-styrelsemote.pdf',
      'register.csv',
      'register.pdf',
    ]);
    const csv = new TextDecoder().decode(zip['register.csv']);
    expect(csv).toContain('Nr;Datum;Titel;Typ;Status;Fil');
    expect(csv).toContain('5;');
    expect(csv).toContain(
      'Verksamhets- och budgetplan 2027;Verksamhets- och budgetplan;Utkast – inte allmän handling ännu;ingår inte',
    );
    expect(pdfText(zip['plan-2026-v1.pdf']!)).toContain('Verksamhets- och budgetplan 2026');
    const minutes = pdfText(zip['protokoll-2026-02-06-styrelsemote.pdf']!);
    expect(minutes).toMatch(/§ 5\s+Verksamhets- och budgetplan 2026/);
    expect(minutes).toContain('Styrelsen beslutar att anta verksamhets- och budgetplan 2026.');
    expect(pdfText(zip['attestlogg-2026-01-01-2026-12-31.pdf']!)).toContain('Visby Konferens AB');
  });

  it('collects a subject: the plan of 2026 with its adoption decision and minutes', async () => {
    const selection = await collectPublicRecords(
      { associationId: gotland, subject: 'plan:2026' },
      as('chef@samplan.se'),
      deps(),
    );
    expect(selection.entries.map((e) => e.type)).toEqual([
      'Verksamhets- och budgetplan',
      'Beslut',
      'Beslutsförteckning',
      'Protokoll',
    ]);
    const matter = await db.prisma.matter.findFirstOrThrow({ where: { associationId: gotland, number: 2 } });
    const application = await collectPublicRecords(
      { associationId: gotland, subject: `arende:${matter.id}` },
      as('chef@samplan.se'),
      deps(),
    );
    expect(application.entries).toEqual([]);
  });

  it('refuses a bad period and a selection above the limits', async () => {
    await expect(
      collectPublicRecords(
        { associationId: gotland, from: '2026-12-31', to: '2026-01-01' },
        as('chef@samplan.se'),
        deps(),
      ),
    ).rejects.toBeInstanceOf(FieldValidationError);
    await expect(
      collectPublicRecords(
        { associationId: gotland, from: '2010-01-01', to: '2026-01-01' },
        as('chef@samplan.se'),
        deps(),
      ),
    ).rejects.toBeInstanceOf(FieldValidationError);
    await expect(
      exportPublicRecords(year2026(), as('chef@samplan.se'), { ...deps(), limits: { documents: 2 } }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      exportPublicRecords(year2026(), as('chef@samplan.se'), { ...deps(), limits: { bytes: 1000 } }),
    ).rejects.toThrow(/för stort/);
  });
});
