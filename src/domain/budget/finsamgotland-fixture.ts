import { readFileSync } from 'node:fs';
import { parseKronor, type Kronor } from '../money/kronor';
import type { BudgetCategory, BudgetLineAmounts, BudgetLineType } from './types';

/**
 * FinsamGotland's 2026 budget as the seed holds it (src/server/seed/finsamgotland.ts), read from
 * tests/fixtures/finsamgotland-budget-2026.csv, with the seed's administration line (the printed
 * SUMMA KOSTNADER minus the listed lines). For unit tests only.
 */
export const GOTLAND_YEARS = [2025, 2026, 2027, 2028, 2029];

const CATEGORIES: Record<string, [BudgetLineType, BudgetCategory]> = {
  Försäkringskassan: ['INCOME', 'MEMBER_CONTRIBUTION'],
  'Region Gotland': ['INCOME', 'MEMBER_CONTRIBUTION'],
  Lönebidrag: ['INCOME', 'OTHER_INCOME'],
  Ränteintäkter: ['INCOME', 'OTHER_INCOME'],
  'Eget kapital': ['INCOME', 'EQUITY'],
  'Strukturell samverkan & kompetensutveckling': ['COST', 'STRUCTURAL'],
  'Uppföljning & utvärdering': ['COST', 'STRUCTURAL'],
  Konsulttjänster: ['COST', 'STRUCTURAL'],
  'Jobbvagen A/R': ['COST', 'INTERVENTION'],
  'Jobbvägen försteget': ['COST', 'INTERVENTION'],
  'Ung Vux Gotland': ['COST', 'INTERVENTION'],
  'Nya insatser': ['COST', 'NEW_ACTIVITIES'],
  'Reserv eget kapital': ['COST', 'RESERVE'],
};

export interface FixtureLine extends BudgetLineAmounts {
  name: string;
}

function readCsv() {
  return readFileSync('tests/fixtures/finsamgotland-budget-2026.csv', 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((row) => {
      const [, name = '', ...cells] = row.split(';');
      const amounts = new Map<number, Kronor>();
      cells.forEach((cell, index) => {
        const amount = parseKronor(cell);
        if (cell.trim() !== '' && amount) amounts.set(GOTLAND_YEARS[index]!, amount);
      });
      return { name, amounts };
    });
}

export function gotlandLines(): FixtureLine[] {
  const rows = readCsv();
  const lines: FixtureLine[] = rows
    .filter((row) => CATEGORIES[row.name])
    .map((row) => {
      const [type, category] = CATEGORIES[row.name]!;
      // The plan takes equity from the accounts up to the plan year; later years roll forward.
      const amounts = category === 'EQUITY' ? new Map([...row.amounts].filter(([year]) => year <= 2026)) : row.amounts;
      return { name: row.name, type, category, outsideTotal: row.name === 'Lönebidrag', amounts };
    });
  const printedCosts = rows.find((row) => row.name === 'SUMMA KOSTNADER')!.amounts;
  const administration = new Map<number, Kronor>();
  for (const year of GOTLAND_YEARS) {
    const listed = lines
      .filter((l) => l.type === 'COST')
      .reduce((total, l) => total.plus(l.amounts.get(year) ?? 0), printedCosts.get(year)!.mul(0));
    administration.set(year, printedCosts.get(year)!.minus(listed));
  }
  lines.push({
    name: 'Administration (kansli, personal, lokaler)',
    type: 'COST',
    category: 'ADMINISTRATION',
    outsideTotal: false,
    amounts: administration,
  });
  return lines;
}
