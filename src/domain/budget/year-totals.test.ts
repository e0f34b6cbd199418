import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseKronor, type Kronor } from '../money/kronor';
import type { BudgetLineAmounts } from './types';
import { yearTotals } from './year-totals';

// FinsamGotland's budget table for 2026 (shared/fixtures), columns 2025–2029.
const YEARS = [2025, 2026, 2027, 2028, 2029];
const rows = readFileSync('tests/fixtures/finsamgotland-budget-2026.csv', 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [kind = '', name = '', ...cells] = line.split(';');
    const amounts = new Map<number, Kronor>();
    cells.forEach((cell, index) => {
      const amount = parseKronor(cell);
      if (cell.trim() !== '' && amount) amounts.set(YEARS[index]!, amount);
    });
    return { kind, name, amounts };
  });
const row = (name: string) => rows.find((r) => r.name === name)!;

function line(name: string, partial: Omit<BudgetLineAmounts, 'amounts'>): BudgetLineAmounts {
  return { ...partial, amounts: row(name).amounts };
}

const incomeLines: BudgetLineAmounts[] = [
  line('Försäkringskassan', { type: 'INCOME', category: 'MEMBER_CONTRIBUTION', outsideTotal: false }),
  line('Region Gotland', { type: 'INCOME', category: 'MEMBER_CONTRIBUTION', outsideTotal: false }),
  line('Lönebidrag', { type: 'INCOME', category: 'OTHER_INCOME', outsideTotal: true }),
  line('Ränteintäkter', { type: 'INCOME', category: 'OTHER_INCOME', outsideTotal: false }),
];
const enteredEquity: BudgetLineAmounts = {
  type: 'INCOME',
  category: 'EQUITY',
  outsideTotal: false,
  // Only the years the plan takes from the accounts; later years roll forward.
  amounts: new Map([...row('Eget kapital').amounts].filter(([year]) => year <= 2026)),
};
const printedCosts = line('SUMMA KOSTNADER', { type: 'COST', category: 'ADMINISTRATION', outsideTotal: false });

const totals = yearTotals([...incomeLines, enteredEquity, printedCosts], YEARS);
const byYear = (year: number) => totals.find((t) => t.year === year)!;

describe('yearTotals with FinsamGotland 2026', () => {
  it('sums member contributions to the printed Summa Samverkansmedel, every year', () => {
    for (const year of YEARS)
      expect(byYear(year).memberContributions.toString()).toBe(
        row('Summa Samverkansmedel').amounts.get(year)!.toString(),
      );
  });

  it('gives the printed TOTALT, leaving the lönebidrag outside the total', () => {
    for (const year of YEARS)
      expect(byYear(year).totalAvailable.toString()).toBe(row('TOTALT').amounts.get(year)!.toString());
    expect(byYear(2026).totalAvailable.toString()).toBe('6914595');
  });

  it('rolls equity forward to the printed opening equity of each prognosis year', () => {
    expect(byYear(2026).closingEquity.toString()).toBe('1532148');
    for (const year of [2027, 2028, 2029]) {
      expect(byYear(year).openingEquity.toString()).toBe(row('Eget kapital').amounts.get(year)!.toString());
    }
  });

  it('lets an equity amount entered for a year override the roll-forward', () => {
    // 2025's budgeted closing equity was 1 999 868; the plan starts 2026 from the accounts instead.
    expect(byYear(2025).closingEquity.toString()).toBe('1999868');
    expect(byYear(2026).openingEquity.toString()).toBe('2714095');
  });
});
