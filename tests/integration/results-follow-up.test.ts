import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { templateColumns } from '@/domain/results/stats-import';
import { toCsv } from '@/domain/csv/write-csv';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import { buildAnnualReport } from '@/server/results/build-annual-report';
import { exportAnnualReportPdf } from '@/server/results/export-annual-report-pdf';
import { getResults } from '@/server/results/page-readers/get-results';
import { loadGoalOutcomes } from '@/server/results/goal-outcomes';
import { importParticipantStats } from '@/server/results/import-participant-stats';
import { saveAnnualReportNarrative } from '@/server/results/save-annual-report-narrative';
import { saveGoalEvaluation } from '@/server/results/save-goal-evaluation';
import { saveIndicatorResult } from '@/server/results/save-indicator-result';
import { saveParticipantStats } from '@/server/results/save-participant-stats';
import { buildStatsTemplate } from '@/server/results/stats-template';
import { updateSocioEconomicSettings } from '@/server/results/update-socio-economic-settings';
import { STEP_GOAL_TEXT } from '@/server/seed/finsamgotland-results';
import { seedDemoData } from '@/server/seed/seed-demo';
import { ConflictError, FieldValidationError, StaleVersionError } from '@/server/kernel/use-case-errors';
import { forstegetQ4Counts } from '../support/results-fixture';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let db: TestDatabase;
let association: string;
let forsteget: string;
let ungVux: string;
const people: Record<string, string> = {};
const now = new Date('2026-11-25T12:00:00+01:00');
const deps = () => ({ db: db.prisma, now });
const as = (email: string) => ({ personId: people[email]! });
const director = () => as('chef@samplan.se');

const q4 = () => ({ associationId: association, ...forstegetQ4Counts(forsteget), version: null });

async function auditCount(action: string) {
  return db.prisma.auditLog.count({ where: { associationId: association, action } });
}

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.prisma);
  association = (await db.prisma.association.findUniqueOrThrow({ where: { slug: 'finsamgotland' } })).id;
  for (const person of await db.prisma.person.findMany()) people[person.email] = person.id;
  forsteget = (
    await db.prisma.intervention.findFirstOrThrow({
      where: { associationId: association, name: { startsWith: 'Jobbvägen – Försteget' } },
    })
  ).id;
  ungVux = (
    await db.prisma.intervention.findFirstOrThrow({ where: { associationId: association, name: 'Ung Vux Gotland' } })
  ).id;
});
afterAll(() => db.drop());

describe('the seeded follow-up of 2026', () => {
  it('evaluates the goals from the data: 81 % of 42 feel more ready (met), 71 % found the support useful (not met)', async () => {
    const { goals } = await loadGoalOutcomes(db.prisma, association, 2026);
    const ready = goals.find((g) => g.text.startsWith('75 % av deltagarna ska uppleva sig vara mer redo'))!;
    expect(ready).toMatchObject({ outcome: 'MET', value: '80.95', base: 42 });
    const useful = goals.find((g) => g.text.includes('stor nytta'))!;
    expect(useful).toMatchObject({ outcome: 'NOT_MET', value: '71.43', base: 42 });
    const step = goals.find((g) => g.text === STEP_GOAL_TEXT)!;
    expect(step).toMatchObject({ outcome: 'NOT_MET', value: '29.51', base: 61 });
    const structure = goals.find((g) => g.text.startsWith('Etablerad flerparts'))!;
    expect(structure).toMatchObject({ outcome: 'MET', manual: true });
  });

  it('shows the year per intervention with the socio-economic effect', async () => {
    const view = await getResults(association, { year: 2026, interventionId: forsteget }, db.prisma);
    expect(view.intervention?.id).toBe(forsteget);
    expect(view.rows.map((r) => r.period)).toEqual([1, 2, 3]);
    expect(view.yearTotal).toMatchObject({ activeCount: 35, newCount: 16, endedCount: 15 });
    const f = view.perIntervention.find((i) => i.id === forsteget)!;
    expect(f.toWork).toBe(8); // 5 work + 3 wage subsidy
    expect(f.effect.toString()).toBe(String(8 * 16200 * 12));
    expect(view.totalToWork).toBe(12);
  });
});

describe('saving participant statistics', () => {
  it('refuses a name or a personal identity number in the note and writes nothing', async () => {
    const before = await auditCount('participantStats.saved');
    for (const note of ['Kalle Svensson gick till arbete', 'avslutad 850709-9805', 'Anna slutade']) {
      const error = await saveParticipantStats({ ...q4(), note }, director(), deps()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect(JSON.stringify((error as { issues?: unknown }).issues)).toContain('inga uppgifter om enskilda');
    }
    expect(await db.prisma.participantStats.count({ where: { interventionId: forsteget, period: 4 } })).toBe(0);
    expect(await auditCount('participantStats.saved')).toBe(before);
  });

  it('refuses statistics whose totals do not hold', async () => {
    const error = await saveParticipantStats({ ...q4(), endedWork: 3 }, director(), deps()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FieldValidationError);
    expect((error as FieldValidationError).fieldErrors.endedCount).toBe(
      'Avslutade per orsak blir 4, men avslutade är 3.',
    );
  });

  it('refuses people outside the office', async () => {
    await expect(saveParticipantStats(q4(), as('ledamot@finsamgotland.se'), deps())).rejects.toBeInstanceOf(
      AuthorizationError,
    );
  });

  it('stores Q4, audits it, turns the step-movement goal to met, and refuses a stale version', async () => {
    const saved = await saveParticipantStats({ ...q4(), note: 'Fyra nya under hösten.' }, director(), deps());
    expect(saved.version).toBe(1);
    const audit = await db.prisma.auditLog.findFirstOrThrow({
      where: { action: 'participantStats.saved', entityId: saved.id },
    });
    expect(audit).toMatchObject({ entityType: 'ParticipantStats', personId: people['chef@samplan.se'] });
    expect((audit.data as { after: { activeCount: number } }).after.activeCount).toBe(24);

    const { goals } = await loadGoalOutcomes(db.prisma, association, 2026);
    expect(goals.find((g) => g.text === STEP_GOAL_TEXT)).toMatchObject({ outcome: 'MET', value: '41.27' });

    await expect(saveParticipantStats(q4(), director(), deps())).rejects.toBeInstanceOf(StaleVersionError);
    const updated = await saveParticipantStats({ ...q4(), version: 1, newCount: 3 }, director(), deps());
    expect(updated.version).toBe(2);
    const stale = await saveParticipantStats({ ...q4(), version: 1 }, director(), deps()).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(StaleVersionError);
    expect((stale as StaleVersionError<{ newCount: number }>).fresh.newCount).toBe(3);
    await db.prisma.participantStats.deleteMany({ where: { interventionId: forsteget, period: 4 } });
  });
});

describe('importing participant statistics', () => {
  const header = templateColumns([20, 30]).map((c) => c.header);
  const row = (period: string, overrides: Record<number, string> = {}) => {
    const cells = [
      'Ung Vux Gotland',
      period,
      '5',
      '5',
      '0',
      '4',
      '6',
      '0',
      '2',
      '10',
      '2',
      '1',
      '1',
      '0',
      '0',
      '0',
      '0',
      '0',
      '3',
      '',
    ];
    for (const [i, v] of Object.entries(overrides)) cells[Number(i)] = v;
    return cells;
  };
  const csv = (rows: string[][]) => new TextEncoder().encode(toCsv([header, ...rows]));

  it('previews without writing, then applies all rows in one go with an audit entry', async () => {
    const bytes = csv([row('2025-K1'), row('2025-K2')]);
    const preview = await importParticipantStats(
      { associationId: association, fileName: 's.csv', bytes, apply: false },
      director(),
      deps(),
    );
    expect(preview).toMatchObject({ ok: true, applied: false });
    expect(await db.prisma.participantStats.count({ where: { interventionId: ungVux, year: 2025 } })).toBe(0);
    const before = await auditCount('participantStats.imported');
    const applied = await importParticipantStats(
      { associationId: association, fileName: 's.csv', bytes, apply: true },
      director(),
      deps(),
    );
    expect(applied).toMatchObject({ ok: true, applied: true });
    expect(await db.prisma.participantStats.count({ where: { interventionId: ungVux, year: 2025 } })).toBe(2);
    expect(await auditCount('participantStats.imported')).toBe(before + 1);
  });

  it('writes nothing when any row has an error, and says row and column', async () => {
    const bytes = csv([row('2024-K1'), row('2024-K2', { 11: '2' }), row('2024-K3', { 19: 'Anna Andersson' })]);
    const result = await importParticipantStats(
      { associationId: association, fileName: 's.csv', bytes, apply: true },
      director(),
      deps(),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [3, 11],
      [4, 20],
    ]);
    expect(await db.prisma.participantStats.count({ where: { interventionId: ungVux, year: 2024 } })).toBe(0);
  });

  it('reads the XLSX template filled in', async () => {
    const template = await buildStatsTemplate(
      { associationId: association, year: 2023, format: 'xlsx' },
      director(),
      deps(),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(template.body) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Insats');
    const target = sheet.getRow(2);
    row('2023-K1').forEach((value, i) => {
      target.getCell(i + 1).value = i >= 2 && i < 19 ? Number(value) : value;
    });
    target.getCell(1).value = 'Ung Vux Gotland';
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const result = await importParticipantStats(
      { associationId: association, fileName: 'mall.xlsx', bytes, apply: true },
      director(),
      deps(),
    );
    expect(result).toMatchObject({ ok: true, applied: true, rows: [{ period: '2023-K1', activeCount: 10 }] });
    const csvTemplate = await buildStatsTemplate(
      { associationId: association, year: 2027, format: 'csv' },
      director(),
      deps(),
    );
    expect(new TextDecoder().decode(csvTemplate.body)).toContain('Ålder Under 20;Ålder 20–29;Ålder 30+');
  });
});

describe('indicators, evaluations, settings and the narrative', () => {
  it('saves an indicator result, refusing a name in the question and more agreeing than answers', async () => {
    const base = {
      associationId: association,
      interventionId: ungVux,
      year: 2025,
      question: 'Känner du dig mer delaktig?',
      answers: 12,
      agreeing: 9,
      note: '',
      version: null,
    };
    await expect(
      saveIndicatorResult({ ...base, question: 'Frågade Lisa Nilsson om stödet' }, director(), deps()),
    ).rejects.toThrow();
    await expect(saveIndicatorResult({ ...base, agreeing: 13 }, director(), deps())).rejects.toThrow();
    const saved = await saveIndicatorResult(base, director(), deps());
    await expect(saveIndicatorResult(base, director(), deps())).rejects.toBeInstanceOf(StaleVersionError);
    expect(await db.prisma.auditLog.count({ where: { action: 'indicatorResult.saved', entityId: saved.id } })).toBe(1);
  });

  it('stores a note on a goal the data decides, refusing a different manual outcome', async () => {
    const { goals } = await loadGoalOutcomes(db.prisma, association, 2026);
    const ready = goals.find((g) => g.measure === 'INDICATOR_SHARE' && g.outcome === 'MET')!;
    const refused = await saveGoalEvaluation(
      { associationId: association, goalId: ready.goalId, year: 2026, note: '', outcome: 'NOT_MET', version: null },
      director(),
      deps(),
    ).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(FieldValidationError);
    const saved = await saveGoalEvaluation(
      {
        associationId: association,
        goalId: ready.goalId,
        year: 2026,
        note: 'Enkäten besvarades av nästan alla.',
        version: null,
      },
      director(),
      deps(),
    );
    expect(saved.outcome).toBe('MET');
    await expect(
      saveGoalEvaluation(
        {
          associationId: association,
          goalId: ready.goalId,
          year: 2026,
          note: 'Per Andersson svarade',
          version: saved.version,
        },
        director(),
        deps(),
      ),
    ).rejects.toThrow();
  });

  it('changes the socio-economic parameters with their version, and keeps age bands in use', async () => {
    const settings = await db.prisma.associationSettings.findUniqueOrThrow({ where: { associationId: association } });
    const changed = await updateSocioEconomicSettings(
      { associationId: association, version: settings.version, monthly: '16 500', months: 6, ageBandLimits: '20, 30' },
      director(),
      deps(),
    );
    expect(changed).toMatchObject({ socioEconomicMonthly: '16500', socioEconomicMonths: 6 });
    await expect(
      updateSocioEconomicSettings(
        {
          associationId: association,
          version: settings.version,
          monthly: '16200',
          months: 12,
          ageBandLimits: '20, 30',
        },
        director(),
        deps(),
      ),
    ).rejects.toBeInstanceOf(StaleVersionError);
    await expect(
      updateSocioEconomicSettings(
        { associationId: association, version: changed.version, monthly: '16200', months: 12, ageBandLimits: '25' },
        director(),
        deps(),
      ),
    ).rejects.toBeInstanceOf(ConflictError);
    await updateSocioEconomicSettings(
      { associationId: association, version: changed.version, monthly: '16200', months: 12, ageBandLimits: '20,30' },
      director(),
      deps(),
    );
    expect(await auditCount('settings.resultsChanged')).toBe(2);
  });

  it('saves the narrative for the director only, refusing a personal identity number', async () => {
    const narrative = {
      introduction: 'Året präglades av **samverkan**.',
      reflections: '',
      nextYear: 'Fler insatser för unga.',
    };
    await expect(
      saveAnnualReportNarrative(
        { associationId: association, year: 2026, narrative, version: null },
        as('admin@finsamgotland.se'),
        deps(),
      ),
    ).rejects.toBeInstanceOf(AuthorizationError);
    await expect(
      saveAnnualReportNarrative(
        {
          associationId: association,
          year: 2026,
          narrative: { ...narrative, reflections: 'Deltagare 19850709-9805' },
          version: null,
        },
        director(),
        deps(),
      ),
    ).rejects.toThrow();
    const saved = await saveAnnualReportNarrative(
      { associationId: association, year: 2026, narrative, version: null },
      director(),
      deps(),
    );
    expect(saved.version).toBe(1);
    expect(
      await db.prisma.auditLog.count({ where: { action: 'annualReport.narrativeSaved', entityId: saved.id } }),
    ).toBe(1);
  });
});

describe('the annual report', () => {
  it('is preliminary for 2026 and holds plan, goals, economy and the narrative', async () => {
    const report = await buildAnnualReport(
      { associationId: association, year: 2026 },
      as('revisor@finsamgotland.se'),
      deps(),
    );
    expect(report.preliminary).toBe(true);
    expect(report.plan?.status).toBe('ADOPTED');
    expect(report.economy?.throughMonth).toBe(10);
    expect(report.economy?.cap?.toString()).toBe('840000');
    expect(report.narrative.introduction).toContain('samverkan');
  });

  it('downloads as a PDF whose text has the goals’ outcomes', async () => {
    const file = await exportAnnualReportPdf(
      { associationId: association, year: 2026 },
      as('revisor@finsamgotland.se'),
      deps(),
    );
    expect(file.fileName).toBe('verksamhetsberattelse-finsamgotland-2026.pdf');
    const dir = mkdtempSync(path.join(tmpdir(), 'annual-report-'));
    const pdf = path.join(dir, 'report.pdf');
    writeFileSync(pdf, file.body);
    const text = execFileSync('/usr/bin/pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Verksamhetsberättelse 2026');
    expect(text).toContain('PRELIMINÄR');
    expect(text).toContain('Uppfyllt. Målvärde: 75 %. Utfall: 81 % av 42 svar');
    expect(text).toContain('Ej uppfyllt. Målvärde: 75 %. Utfall: 71 % av 42 svar');
    expect(text).toContain('Uppfyllt (bedömt manuellt). Bedömt manuellt (uppgifterna avgör inte målet).');
    expect(text).toContain('Socioekonomisk effekt');
    expect(text).toContain('12 personer till arbete × 16 200 kr per person och månad × 12 månader = 2 332 800 kr');
  });
});
