import { describe, expect, it } from 'vitest';
import { formatKronor, type Kronor } from '../money/kronor';
import type { BudgetSheetLine } from '../budget/budget-sheet';
import { gotlandLines, GOTLAND_YEARS } from '../budget/finsamgotland-fixture';
import { sheetColumns } from '../budget/sheet-columns';
import { budgetSection, planDocument, type PlanDocumentInput } from './plan-document';

/** The 2026 plan's budget (shared/seeds, via the fixture) as the server hands it over. */
function gotlandBudget(): PlanDocumentInput['budget'] {
  const columns = sheetColumns(2026, GOTLAND_YEARS, 3);
  const lines: BudgetSheetLine[] = gotlandLines().map((line, order) => {
    const cells: BudgetSheetLine['cells'] = {};
    for (const column of columns) {
      const amount = line.amounts.get(column.year);
      if (amount) cells[column.year] = { year: column.year, kind: column.kind, amount: amount.toFixed(), version: 1 };
    }
    return {
      id: `line-${order}`,
      version: 1,
      name: line.name,
      type: line.type,
      category: line.category,
      order,
      outsideTotal: line.outsideTotal,
      note:
        line.name === 'Nya insatser'
          ? 'Förslagsvis uppdelad mellan en förlängning av Ung Vux Gotland (800 000) och samverkansutveckling (500 000).'
          : '',
      memberId: null,
      interventionId:
        line.name === 'Jobbvägen försteget' ? 'forsteget' : line.name === 'Ung Vux Gotland' ? 'ungvux' : null,
      cells,
    };
  });
  return {
    columns,
    lines,
    members: [],
    settings: {
      regionHoldsMunicipalRole: true,
      municipalSplitKey: 'EQUAL',
      equityFloor: '650000',
      capTiers: [{ upTo: '7000000', percent: '20' }],
    },
  };
}

const SECTIONS: [number, string][] = [
  [1, 'BAKGRUND: UPPDRAG, FINANSIERING, MÅLGRUPPER, MÅL OCH SYFTE'],
  [2, 'Finansiering'],
  [2, 'Målgrupper och övergripande mål'],
  [2, 'Samordningsförbundets uppgifter'],
  [1, 'INRIKTNING 2026'],
  [2, 'Stöd till förbättrad samverkanskultur och kompetensutveckling'],
  [1, 'ANALYS OCH UPPFÖLJNING'],
  [2, 'Mål för verksamhetsår 2026'],
  [3, 'Individmål'],
  [1, 'BUDGETPLAN FÖR ÅR 2026'],
];

function input(overrides: Partial<PlanDocumentInput> = {}): PlanDocumentInput {
  return {
    associationName: 'Samordningsförbundet FinsamGotland',
    plan: {
      id: 'plan',
      year: 2026,
      versionNumber: 1,
      title: 'Verksamhets- och budgetplan 2026',
      status: 'ADOPTED',
      decidedAt: new Date('2026-02-06T08:00:00Z'),
    },
    sections: SECTIONS.map(([level, title], order) => ({
      id: `s${order}`,
      order,
      level,
      title,
      bodyMarkdown: `Text om ${title}.`,
    })),
    budget: gotlandBudget(),
    goals: [
      {
        id: 'g2',
        level: 'INDIVIDUAL',
        order: 1,
        text: '75 % av deltagarna ska uppleva att de har fått stöd som är till stor nytta för dem',
        targetKind: 'PERCENT',
        targetValue: '75.00',
        indicator: '',
      },
      {
        id: 'g1',
        level: 'INDIVIDUAL',
        order: 0,
        text: '75 % av deltagarna ska uppleva sig vara mer redo att arbeta eller studera',
        targetKind: 'PERCENT',
        targetValue: '75',
        indicator: 'NNS',
      },
      {
        id: 'g3',
        level: 'FINANCIAL',
        order: 4,
        text: 'Verksamheten ska bedrivas inom budgetramen',
        targetKind: null,
        targetValue: null,
        indicator: '',
      },
    ],
    interventions: [
      {
        id: 'ar',
        name: 'Jobbvägen A/R',
        status: 'ENDED',
        startDate: null,
        endDate: null,
        description: '',
        implementationPlan: '',
        responsibleMembers: [],
        targetGroups: [],
      },
      {
        id: 'forsteget',
        name: 'Jobbvägen – Försteget till ordinarie verksamhet',
        status: 'RUNNING',
        startDate: new Date('2025-01-01'),
        endDate: new Date('2028-06-30'),
        description: '',
        implementationPlan: 'Förs över till Region Gotland.',
        responsibleMembers: ['Region Gotland'],
        targetGroups: ['Personer i behov av samordnad rehabilitering'],
      },
      {
        id: 'ungvux',
        name: 'Ung Vux Gotland',
        status: 'RUNNING',
        startDate: null,
        endDate: null,
        description: '',
        implementationPlan: '',
        responsibleMembers: [],
        targetGroups: [],
      },
      {
        id: 'new',
        name: 'Ny insats utan budgetrad',
        status: 'DECIDED',
        startDate: null,
        endDate: null,
        description: '',
        implementationPlan: '',
        responsibleMembers: [],
        targetGroups: [],
      },
    ],
    ...overrides,
  };
}

const shown = (amounts: (Kronor | null)[]) =>
  amounts.map((a) => (a === null ? '' : formatKronor(a)).replace(/\u00a0/g, ' '));
const row = (table: { rows: { label: string; amounts: (Kronor | null)[] }[] }, label: string) =>
  shown(table.rows.find((r) => r.label === label)!.amounts);

describe('planDocument with the FinsamGotland 2026 plan', () => {
  const document = planDocument(input());

  it('numbers the plan sections and adds goals and interventions as chapters after them', () => {
    expect(document.toc.map((e) => `${e.number} ${e.title}`)).toEqual([
      '1 BAKGRUND: UPPDRAG, FINANSIERING, MÅLGRUPPER, MÅL OCH SYFTE',
      '1.1 Finansiering',
      '1.2 Målgrupper och övergripande mål',
      '1.3 Samordningsförbundets uppgifter',
      '2 INRIKTNING 2026',
      '2.1 Stöd till förbättrad samverkanskultur och kompetensutveckling',
      '3 ANALYS OCH UPPFÖLJNING',
      '3.1 Mål för verksamhetsår 2026',
      '3.1.1 Individmål',
      '4 BUDGETPLAN FÖR ÅR 2026',
      '5 Mål för verksamhetsåret 2026',
      '5.1 Individmål',
      '5.2 Mål på strukturnivå',
      '5.3 Finansiella mål',
      '6 Beslutade insatser',
      '6.1 Jobbvägen – Försteget till ordinarie verksamhet',
      '6.2 Ung Vux Gotland',
      '6.3 Ny insats utan budgetrad',
    ]);
    expect(document.toc[8]).toMatchObject({ level: 3, anchor: 'avsnitt-3-1-1' });
    expect(document.decidedAt?.toISOString()).toBe('2026-02-06T08:00:00.000Z');
  });

  it('puts the budget tables in the budget chapter, years as columns', () => {
    expect(budgetSection(document).title).toBe('BUDGETPLAN FÖR ÅR 2026');
    expect(document.budget.income.columns.map((c) => c.label)).toEqual([
      'Budget 2025',
      'Budget 2026',
      'Prognos 2027',
      'Prognos 2028',
      'Prognos 2029',
    ]);
  });

  it('gives the printed income figures, equity rolled forward', () => {
    const income = document.budget.income;
    expect(row(income, 'Försäkringskassan')).toEqual([
      '2 115 000 kr',
      '2 100 000 kr',
      '2 050 000 kr',
      '2 000 000 kr',
      '2 000 000 kr',
    ]);
    expect(row(income, 'Summa samverkansmedel')).toEqual([
      '4 230 000 kr',
      '4 200 000 kr',
      '4 100 000 kr',
      '4 000 000 kr',
      '4 000 000 kr',
    ]);
    expect(row(income, 'Eget kapital')).toEqual([
      '2 263 472 kr',
      '2 714 095 kr',
      '1 532 148 kr',
      '1 019 323 kr',
      '884 402 kr',
    ]);
    expect(row(income, 'TOTALT')).toEqual([
      '6 494 034 kr',
      '6 914 595 kr',
      '5 632 648 kr',
      '5 019 823 kr',
      '4 884 802 kr',
    ]);
    const lonebidrag = income.rows.find((r) => r.label === 'Lönebidrag')!;
    expect(lonebidrag.marker).toBe('*');
    expect(income.notes[0]!.text).toContain('Inkluderas inte i totalen');
  });

  it('gives the printed cost figures', () => {
    const costs = document.budget.costs;
    expect(costs.rows[0]).toMatchObject({ kind: 'heading', label: 'Utvecklingsinsatser' });
    // 2025: the seed keeps the plan's lines (3 361 638 kr), not its printed subtotal (3 162 166 kr).
    expect(row(costs, 'TOTALT utvecklingsinsatser')).toEqual([
      '3 361 638 kr',
      '4 107 447 kr',
      '3 310 325 kr',
      '2 340 421 kr',
      '2 305 000 kr',
    ]);
    expect(row(costs, 'SUMMA KOSTNADER')).toEqual([
      '4 494 166 kr',
      '5 382 447 kr',
      '4 613 325 kr',
      '4 135 421 kr',
      '4 171 800 kr',
    ]);
    expect(row(costs, 'Jobbvägen försteget')).toEqual([
      '1 133 510 kr',
      '1 652 447 kr',
      '1 705 325 kr',
      '735 421 kr',
      '',
    ]);
    expect(costs.rows.find((r) => r.label === 'Nya insatser')!.marker).toBe('*');
  });

  it('lists goals by level in their order, with target values', () => {
    const individual = document.sections.find((s) => s.number === '5.1')!.parts[0]!;
    expect(individual.kind === 'goals' && individual.goals.map((g) => [g.id, g.target])).toEqual([
      ['g1', 'Målvärde: 75 %'],
      ['g2', 'Målvärde: 75 %'],
    ]);
    expect(document.sections.find((s) => s.number === '5.2')!.parts[0]).toMatchObject({ kind: 'empty' });
  });

  it('shows decided and running interventions with their budget per year, not ended ones', () => {
    const forsteget = document.sections.find((s) => s.number === '6.1')!.parts[0]!;
    expect(forsteget.kind).toBe('intervention');
    if (forsteget.kind !== 'intervention') return;
    expect(shown(forsteget.intervention.budget!.amounts)).toEqual([
      '1 133 510 kr',
      '1 652 447 kr',
      '1 705 325 kr',
      '735 421 kr',
      '',
    ]);
    const none = document.sections.find((s) => s.number === '6.3')!.parts[0]!;
    expect(none.kind === 'intervention' && none.intervention.budget).toBeNull();
    expect(document.toc.some((e) => e.title === 'Jobbvägen A/R')).toBe(false);
  });

  it('leaves out an intervention whose period is over and which has no line in the plan', () => {
    const base = input();
    const over = {
      ...base.interventions[3]!,
      id: 'over',
      name: 'Avslutad 2025',
      startDate: new Date('2024-01-01'),
      endDate: new Date('2025-12-31'),
    };
    const document = planDocument({ ...base, interventions: [...base.interventions, over] });
    expect(document.toc.some((e) => e.title === 'Avslutad 2025')).toBe(false);
  });
});

describe('planDocument without a budget chapter', () => {
  it('adds a budget chapter at the end and leaves the decision date out of a draft', () => {
    const base = input();
    const document = planDocument({
      ...base,
      plan: { ...base.plan, status: 'DRAFT' },
      sections: base.sections.slice(0, 4),
      interventions: [],
    });
    expect(document.toc.map((e) => `${e.number} ${e.title}`).slice(-3)).toEqual([
      '2.3 Finansiella mål',
      '3 Beslutade insatser',
      '4 Budget 2026',
    ]);
    expect(budgetSection(document).number).toBe('4');
    expect(document.sections.find((s) => s.number === '3')!.parts[0]).toMatchObject({ kind: 'empty' });
    expect(document.decidedAt).toBeNull();
  });

  it('renders an empty plan', () => {
    const base = input();
    const document = planDocument({
      ...base,
      sections: [],
      goals: [],
      interventions: [],
      budget: { ...base.budget, lines: [] },
    });
    expect(document.toc[0]!.number).toBe('1');
    expect(row(document.budget.costs, 'SUMMA KOSTNADER')).toEqual(['0 kr', '0 kr', '0 kr', '0 kr', '0 kr']);
  });
});
