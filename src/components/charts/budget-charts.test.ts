import { writeFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { BudgetSheet, BudgetSheetLine } from '@/domain/budget/budget-sheet';
import { BudgetCharts } from './budget-charts';

const YEARS = [2026, 2027, 2028, 2029];
let order = 0;
function line(
  name: string,
  type: BudgetSheetLine['type'],
  category: BudgetSheetLine['category'],
  amounts: (number | null)[],
): BudgetSheetLine {
  const cells: BudgetSheetLine['cells'] = {};
  amounts.forEach((amount, i) => {
    const year = YEARS[i]!;
    if (amount !== null)
      cells[year] = { year, kind: year <= 2026 ? 'BUDGET' : 'PROGNOSIS', amount: String(amount), version: 1 };
  });
  return {
    id: name,
    version: 1,
    name,
    type,
    category,
    order: order++,
    outsideTotal: false,
    note: '',
    memberId: null,
    interventionId: null,
    cells,
  };
}

/** FinsamGotland's 2026 plan, as seeded. */
const sheet: BudgetSheet = {
  associationSlug: 'finsamgotland',
  planId: 'p',
  planVersion: 1,
  planYear: 2026,
  planTitle: 'Verksamhets- och budgetplan 2026',
  planStatus: 'ADOPTED',
  editable: false,
  columns: YEARS.map((year) => ({ year, kind: year <= 2026 ? 'BUDGET' : 'PROGNOSIS' })),
  lines: [
    line('Försäkringskassan', 'INCOME', 'MEMBER_CONTRIBUTION', [2100000, 2050000, 2000000, 2000000]),
    line('Region Gotland', 'INCOME', 'MEMBER_CONTRIBUTION', [2100000, 2050000, 2000000, 2000000]),
    line('Ränteintäkter', 'INCOME', 'OTHER_INCOME', [500, 500, 500, 400]),
    line('Eget kapital', 'INCOME', 'EQUITY', [2714095, null, null, null]),
    line('Kostnader', 'COST', 'INTERVENTION', [5382447, 5613325, 5135421, 5171800]),
  ],
  members: [],
  settings: {
    regionHoldsMunicipalRole: true,
    municipalSplitKey: 'EQUAL',
    equityFloor: '650000',
    capTiers: [{ upTo: '7000000', percent: '20' }],
  },
};

describe('BudgetCharts', () => {
  const html = renderToStaticMarkup(createElement(BudgetCharts, { sheet }));
  if (process.env.CHART_PREVIEW)
    writeFileSync(
      process.env.CHART_PREVIEW,
      `<!doctype html><meta charset="utf-8"><body style="width:800px">${html}</body>`,
    );

  it('draws two images with a title and a description each', () => {
    expect(html.match(/role="img"/g)).toHaveLength(2);
    expect(html).toContain('<title id="equity-chart-title">Eget kapital per år</title>');
    expect(html).toContain('<desc id="equity-chart-desc">');
    expect(html).toContain('aria-labelledby="income-costs-chart-title income-costs-chart-desc"');
  });

  it('gives the same figures as tables in sv-SE kronor', () => {
    // 2026: opening 2 714 095, closing 1 532 148, cap 20 % of 4 200 000.
    expect(html).toContain(
      '<td>2\u00a0714\u00a0095\u00a0kr</td><td>1\u00a0532\u00a0148\u00a0kr</td><td>650\u00a0000\u00a0kr</td><td>840\u00a0000\u00a0kr</td>',
    );
    expect(html).toContain('<td>4\u00a0200\u00a0500\u00a0kr</td><td>5\u00a0382\u00a0447\u00a0kr</td>');
  });

  it('draws nothing without columns', () => {
    expect(renderToStaticMarkup(createElement(BudgetCharts, { sheet: { ...sheet, columns: [] } }))).toBe('');
  });
});
