import { ZERO, type Kronor } from '../money/kronor';
import type { BudgetLineAmounts, YearTotals } from './types';

function amountIn(line: BudgetLineAmounts, year: number): Kronor {
  return line.amounts.get(year) ?? ZERO;
}

function sumWhere(
  lines: readonly BudgetLineAmounts[],
  year: number,
  keep: (line: BudgetLineAmounts) => boolean,
): Kronor {
  return lines
    .filter((line) => !line.outsideTotal && keep(line))
    .reduce((total, line) => total.plus(amountIn(line, year)), ZERO);
}

/**
 * Totals per year with equity rolled forward: closing = opening + income − costs, and
 * the closing equity is the next year's opening. An amount entered on the equity line
 * for a year (e.g. the outcome of the year before) takes precedence over the roll-forward.
 * Lines marked outside the total are never summed.
 */
export function yearTotals(lines: readonly BudgetLineAmounts[], years: readonly number[]): YearTotals[] {
  const equityLines = lines.filter((line) => line.category === 'EQUITY');
  const result: YearTotals[] = [];
  let previousClosing: Kronor | null = null;
  for (const year of years) {
    const enteredEquity = equityLines.find((line) => line.amounts.has(year));
    const openingEquity = enteredEquity ? amountIn(enteredEquity, year) : (previousClosing ?? ZERO);
    const memberContributions = sumWhere(
      lines,
      year,
      (l) => l.type === 'INCOME' && l.category === 'MEMBER_CONTRIBUTION',
    );
    const income = sumWhere(lines, year, (l) => l.type === 'INCOME' && l.category !== 'EQUITY');
    const costs = sumWhere(lines, year, (l) => l.type === 'COST');
    const totalAvailable = income.plus(openingEquity);
    const closingEquity = totalAvailable.minus(costs);
    result.push({ year, memberContributions, income, openingEquity, totalAvailable, costs, closingEquity });
    previousClosing = closingEquity;
  }
  return result;
}
