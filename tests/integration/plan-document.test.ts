import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatKronor } from '@/domain/money/kronor';
import { budgetSection } from '@/domain/plan-document/plan-document';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import { buildPlanDocument } from '@/server/plan-document/build-plan-document';
import { exportPlanPdf } from '@/server/plan-document/export-plan-pdf';
import { seedDemoData } from '@/server/seed/seed-demo';
import { flatPdfText, pdfText } from '../support/pdf-text';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let db: TestDatabase;
let association: string;
let plan2026: string;
let plan2027: string;
let sjobygdenPlan: string;
const people: Record<string, string> = {};
const as = (email: string) => ({ personId: people[email]! });
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.prisma);
  association = (await db.prisma.association.findUniqueOrThrow({ where: { slug: 'finsamgotland' } })).id;
  plan2026 = (await db.prisma.plan.findFirstOrThrow({ where: { associationId: association, year: 2026 } })).id;
  plan2027 = (await db.prisma.plan.findFirstOrThrow({ where: { associationId: association, year: 2027 } })).id;
  sjobygdenPlan = (await db.prisma.plan.findFirstOrThrow({ where: { association: { slug: 'sjobygden' } } })).id;
  for (const person of await db.prisma.person.findMany()) people[person.email] = person.id;
});
afterAll(() => db.drop());

const SEED_SECTIONS = [
  '1 BAKGRUND: UPPDRAG, FINANSIERING, MÅLGRUPPER, MÅL OCH SYFTE',
  '1.1 Finansiering',
  '1.2 Målgrupper och övergripande mål',
  '1.3 Samordningsförbundets uppgifter',
  '2 INRIKTNING 2026',
  '2.1 Stöd till förbättrad samverkanskultur och kompetensutveckling',
  '2.2 Finansiering och stöd till individinriktade insatser',
  '2.3 Fokusområden',
  '2.4 Samverkan med andra samordningsförbund och myndigheter',
  '3 ANALYS OCH UPPFÖLJNING',
  '3.1 Analys och uppföljningsverktyg',
  '3.2 Mål för verksamhetsår 2026',
  '3.2.1 Individmål',
  '3.2.2 Målbild på strukturnivå',
  '3.2.3 Finansiella mål',
  '4 BUDGETPLAN FÖR ÅR 2026',
];
const PRINTED_TOTALS = ['6 494 034 kr', '6 914 595 kr', '5 632 648 kr', '5 019 823 kr', '4 884 802 kr'];
const PRINTED_COSTS = ['4 494 166 kr', '5 382 447 kr', '4 613 325 kr', '4 135 421 kr', '4 171 800 kr'];

describe('buildPlanDocument on the seeded FinsamGotland 2026 plan', () => {
  it("has the seed document's sections, then goals and interventions from the data", async () => {
    const document = (await buildPlanDocument(
      { associationId: association, planId: plan2026 },
      as('ledamot@finsamgotland.se'),
      { db: db.prisma },
    ))!;
    expect(document.title).toBe('Verksamhets- och budgetplan 2026');
    expect(document.status).toBe('ADOPTED');
    expect(document.decidedAt).not.toBeNull();
    const toc = document.toc.map((e) => `${e.number} ${e.title}`);
    expect(toc.slice(0, SEED_SECTIONS.length)).toEqual(SEED_SECTIONS);
    expect(toc.slice(SEED_SECTIONS.length)).toEqual([
      '5 Mål för verksamhetsåret 2026',
      '5.1 Individmål',
      '5.2 Mål på strukturnivå',
      '5.3 Finansiella mål',
      '6 Beslutade insatser',
      '6.1 Ung Vux Gotland',
      '6.2 Jobbvägen – Försteget till ordinarie verksamhet',
    ]);
    expect(document.sections[0]!.bodyMarkdown).toContain('FinsamGotland är ett av landets 69 samordningsförbund');
  });

  it('gives the printed budget totals in the budget chapter', async () => {
    const document = (await buildPlanDocument(
      { associationId: association, planId: plan2026 },
      as('revisor@finsamgotland.se'),
      { db: db.prisma },
    ))!;
    expect(budgetSection(document).title).toBe('BUDGETPLAN FÖR ÅR 2026');
    const total = (table: typeof document.budget.income, label: string) =>
      table.rows.find((r) => r.label === label)!.amounts.map((a) => plain(formatKronor(a!)));
    expect(total(document.budget.income, 'TOTALT')).toEqual(PRINTED_TOTALS);
    expect(total(document.budget.income, 'Summa samverkansmedel')).toEqual([
      '4 230 000 kr',
      '4 200 000 kr',
      '4 100 000 kr',
      '4 000 000 kr',
      '4 000 000 kr',
    ]);
    expect(total(document.budget.costs, 'SUMMA KOSTNADER')).toEqual(PRINTED_COSTS);
    expect(total(document.budget.costs, 'TOTALT utvecklingsinsatser').slice(1)).toEqual([
      '4 107 447 kr',
      '3 310 325 kr',
      '2 340 421 kr',
      '2 305 000 kr',
    ]);
    const forsteget = document.sections.find((s) => s.title.startsWith('Jobbvägen – Försteget'))!.parts[0]!;
    expect(
      forsteget.kind === 'intervention' &&
        forsteget.intervention.budget!.amounts.map((a) => (a ? plain(formatKronor(a)) : '')),
    ).toEqual(['1 133 510 kr', '1 652 447 kr', '1 705 325 kr', '735 421 kr', '']);
  });

  it("shows the 2027 draft without a decision date and refuses another association's plan and strangers", async () => {
    const draft = (await buildPlanDocument({ associationId: association, planId: plan2027 }, as('chef@samplan.se'), {
      db: db.prisma,
    }))!;
    expect(draft.status).toBe('DRAFT');
    expect(draft.decidedAt).toBeNull();
    expect(
      await buildPlanDocument({ associationId: association, planId: sjobygdenPlan }, as('chef@samplan.se'), {
        db: db.prisma,
      }),
    ).toBeNull();
    await expect(
      buildPlanDocument({ associationId: association, planId: plan2026 }, as('ledamot@sjobygden.se'), {
        db: db.prisma,
      }),
    ).rejects.toBeInstanceOf(AuthorizationError);
  });
});

describe('exportPlanPdf', () => {
  it('makes an A4 PDF with the sections, the totals, the TOC page numbers and "Sida n av m"', async () => {
    const file = (await exportPlanPdf(
      { associationId: association, planId: plan2026 },
      as('ledamot@finsamgotland.se'),
      { db: db.prisma, compress: false },
    ))!;
    expect(file.fileName).toBe('verksamhets-och-budgetplan-2026.pdf');
    expect(file.contentType).toBe('application/pdf');
    if (process.env.PLAN_PDF_OUT) writeFileSync(process.env.PLAN_PDF_OUT, file.body);
    const source = Buffer.from(file.body).toString('latin1');
    expect(source).toContain('/MediaBox [0 0 595.28 841.89]');
    const text = flatPdfText(file.body);
    for (const title of [
      'BAKGRUND: UPPDRAG, FINANSIERING, MÅLGRUPPER, MÅL OCH SYFTE',
      'Målbild på strukturnivå',
      'BUDGETPLAN FÖR ÅR 2026',
      'Beslutade insatser',
    ]) {
      expect(text).toContain(title);
    }
    for (const amount of [...PRINTED_TOTALS, ...PRINTED_COSTS]) expect(text).toContain(amount);
    const pages = Number(/Sida 1 av (\d+)/.exec(text)?.[1]);
    expect(pages).toBeGreaterThan(5);
    expect(text).toContain(`Sida ${pages} av ${pages}`);
    // The TOC's page numbers: chapter 4 (the budget) is on the page whose footer says so.
    const lines = pdfText(file.body).split('\n');
    const budgetEntry = lines.findIndex((line) => line === 'BUDGETPLAN FÖR ÅR 2026');
    expect(Number(lines[budgetEntry + 1])).toBeGreaterThan(1);
  });

  it('compressed, the text is still found, and Swedish characters survive', async () => {
    const file = (await exportPlanPdf({ associationId: association, planId: plan2026 }, as('chef@samplan.se'), {
      db: db.prisma,
    }))!;
    const text = flatPdfText(file.body);
    expect(text).toContain('Samordningsförbundets uppgifter');
    expect(text).toContain('5 382 447 kr');
  });
});
