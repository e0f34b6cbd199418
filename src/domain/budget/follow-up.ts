import Decimal from 'decimal.js';
import { ZERO, sum, type Kronor } from '../money/kronor';
import type { BudgetCategory, BudgetLineType } from './types';

export const MONTHS_IN_YEAR = 12;

export interface FollowUpLineInput {
  id: string;
  name: string;
  type: BudgetLineType;
  category: BudgetCategory;
  outsideTotal: boolean;
  /** The plan's BUDGET amount for the year followed up. */
  budget: Kronor;
  /** Outcome per month (1–12); a missing month has no outcome yet. */
  outcomes: ReadonlyMap<number, Kronor>;
}

export interface FollowUpFigures {
  budget: Kronor;
  outcomeToDate: Kronor;
  forecast: Kronor;
  /** forecast − budget: more income or more costs than budgeted is positive. */
  deviation: Kronor;
}

export interface FollowUpLine extends FollowUpFigures {
  id: string;
  name: string;
  type: BudgetLineType;
  category: BudgetCategory;
  outsideTotal: boolean;
  /** outcome to date / budget; null when the budget is zero. */
  shareUsed: Decimal | null;
  /** Whether the deviation is good for the association (more income, lower costs); null when there is none. */
  favourable: boolean | null;
}

export interface FollowUp {
  throughMonth: number;
  lines: FollowUpLine[];
  income: FollowUpFigures;
  costs: FollowUpFigures;
  /** Income − costs for each figure. */
  result: FollowUpFigures;
}

/**
 * The forecast model: what is booked so far, plus the budget's even monthly share for the
 * months still to come: outcome to date + budget × (12 − through-month) / 12, to the öre.
 * It assumes the rest of the year runs as budgeted, which is what a board asks at each meeting
 * ("if nothing changes, where do we land?"); it does not extrapolate the pace so far.
 */
export function forecastForYear(budget: Kronor, outcomeToDate: Kronor, throughMonth: number): Kronor {
  const remaining = MONTHS_IN_YEAR - throughMonth;
  return outcomeToDate.plus(budget.times(remaining).dividedBy(MONTHS_IN_YEAR)).toDecimalPlaces(2);
}

export function assertThroughMonth(throughMonth: number): void {
  if (!Number.isInteger(throughMonth) || throughMonth < 0 || throughMonth > MONTHS_IN_YEAR) {
    throw new RangeError(`through-month must be 0–12, got ${throughMonth}`);
  }
}

function figuresOf(budget: Kronor, outcomeToDate: Kronor, throughMonth: number): FollowUpFigures {
  const forecast = forecastForYear(budget, outcomeToDate, throughMonth);
  return { budget, outcomeToDate, forecast, deviation: forecast.minus(budget) };
}

function total(lines: readonly FollowUpLine[]): FollowUpFigures {
  const pick = (key: keyof FollowUpFigures) => sum(lines.map((line) => line[key]));
  return {
    budget: pick('budget'),
    outcomeToDate: pick('outcomeToDate'),
    forecast: pick('forecast'),
    deviation: pick('deviation'),
  };
}

function minus(a: FollowUpFigures, b: FollowUpFigures): FollowUpFigures {
  return {
    budget: a.budget.minus(b.budget),
    outcomeToDate: a.outcomeToDate.minus(b.outcomeToDate),
    forecast: a.forecast.minus(b.forecast),
    deviation: a.deviation.minus(b.deviation),
  };
}

/**
 * Budget against outcome for the running year, per line and in total. The equity line and the
 * equity reserve are not followed up: they are balances kept, not money spent, so a forecast
 * would show the unspent reserve as a saving. Lines outside the total are shown but not summed.
 */
export function followUp(inputs: readonly FollowUpLineInput[], throughMonth: number): FollowUp {
  assertThroughMonth(throughMonth);
  const lines = inputs
    .filter((input) => input.category !== 'EQUITY' && input.category !== 'RESERVE')
    .map((input): FollowUpLine => {
      let outcomeToDate = ZERO;
      for (const [month, amount] of input.outcomes)
        if (month <= throughMonth) outcomeToDate = outcomeToDate.plus(amount);
      const figures = figuresOf(input.budget, outcomeToDate, throughMonth);
      const { outcomes: _outcomes, budget: _budget, ...line } = input;
      return {
        ...line,
        ...figures,
        shareUsed: input.budget.isZero() ? null : outcomeToDate.dividedBy(input.budget),
        favourable: figures.deviation.isZero() ? null : figures.deviation.isPositive() === (input.type === 'INCOME'),
      };
    });
  const summed = lines.filter((line) => !line.outsideTotal);
  const income = total(summed.filter((line) => line.type === 'INCOME'));
  const costs = total(summed.filter((line) => line.type === 'COST'));
  return { throughMonth, lines, income, costs, result: minus(income, costs) };
}
