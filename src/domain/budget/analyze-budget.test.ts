import { describe, expect, it } from 'vitest';
import { analyzeBudget, hasBlockingErrors, type BudgetAnalysisInput } from './analyze-budget';
import type { BudgetSheetLine } from './budget-sheet';
import { GOTLAND_YEARS, gotlandLines } from './finsamgotland-fixture';

const MEMBER_OF: Record<string, string> = { Försäkringskassan: 'fk', 'Region Gotland': 'region' };

function gotlandSheet(): BudgetAnalysisInput {
  const columns = GOTLAND_YEARS.map((year) => ({
    year,
    kind: year <= 2026 ? ('BUDGET' as const) : ('PROGNOSIS' as const),
  }));
  const lines: BudgetSheetLine[] = gotlandLines().map((line, order) => ({
    id: `line-${order}`,
    version: 1,
    name: line.name,
    type: line.type,
    category: line.category,
    order,
    outsideTotal: line.outsideTotal,
    note: '',
    memberId: MEMBER_OF[line.name] ?? null,
    interventionId: null,
    cells: Object.fromEntries(
      [...line.amounts].map(([year, amount]) => [
        year,
        { year, kind: year <= 2026 ? 'BUDGET' : 'PROGNOSIS', amount: amount.toString(), version: 1 },
      ]),
    ),
  }));
  return {
    columns,
    lines,
    members: [
      { id: 'fk', kind: 'FK', name: 'Försäkringskassan', population: null, splitPercent: null },
      { id: 'af', kind: 'AF', name: 'Arbetsförmedlingen', population: null, splitPercent: null },
      { id: 'region', kind: 'REGION', name: 'Region Gotland', population: null, splitPercent: null },
    ],
    settings: {
      regionHoldsMunicipalRole: true,
      municipalSplitKey: 'EQUAL',
      equityFloor: '650000',
      capTiers: [{ upTo: '7000000', percent: '20' }],
    },
  };
}

describe('analyzeBudget with FinsamGotland 2026', () => {
  const analysis = analyzeBudget(gotlandSheet());

  it('totals, groups, room and cost shares per column year', () => {
    expect(analysis.years).toEqual(GOTLAND_YEARS);
    expect(analysis.totals.find((t) => t.year === 2026)!.totalAvailable.toString()).toBe('6914595');
    expect(analysis.groups.find((g) => g.group === 'development')!.amounts[2026]!.toString()).toBe('4107447');
    expect(analysis.roomForNew.find((r) => r.year === 2026)!.room.toString()).toBe('2832148');
    expect(analysis.costDistribution.find((c) => c.year === 2026)!.percents!.individual.toFixed(1)).toBe('52.9');
  });

  it('finds the split holding and warns of equity over the cap, in Swedish', () => {
    expect(analysis.fundingSplit.years.every((y) => y.holds)).toBe(true);
    const cap2026 = analysis.findings.find((f) => f.rule === 'EQUITY_CAP' && f.year === 2026)!;
    expect(cap2026.severity).toBe('warning');
    expect(cap2026.message).toBe(
      '2026: Taket för eget kapital är 840\u00a0000\u00a0kr mot 2\u00a0714\u00a0095\u00a0kr vid årets början. Ett eget kapital över taket kan leda till att statens tilldelning minskas.',
    );
    expect(analysis.findings.filter((f) => f.rule === 'EQUITY_FLOOR')).toEqual([]);
    expect(hasBlockingErrors(analysis)).toBe(false);
  });

  it('makes a broken split an error that blocks sending the plan on', () => {
    const sheet = gotlandSheet();
    const region = sheet.lines.find((l) => l.memberId === 'region')!;
    region.cells[2027] = { ...region.cells[2027]!, amount: '2000000' };
    const broken = analyzeBudget(sheet);
    const errors = broken.findings.filter((f) => f.severity === 'error');
    expect(errors).toEqual([
      {
        rule: 'FUNDING_SPLIT',
        severity: 'error',
        year: 2027,
        message:
          '2027: Region Gotland ska enligt fördelningen bidra med 2\u00a0050\u00a0000\u00a0kr, budgeten anger 2\u00a0000\u00a0000\u00a0kr.',
      },
    ]);
    expect(hasBlockingErrors(broken)).toBe(true);
  });

  it('reads only the cell of the column’s kind', () => {
    const sheet = gotlandSheet();
    sheet.columns = sheet.columns.map((c) => (c.year === 2027 ? { ...c, kind: 'BUDGET' } : c));
    const analysis2027 = analyzeBudget(sheet).totals.find((t) => t.year === 2027)!;
    expect(analysis2027.memberContributions.toString()).toBe('0');
  });
});
