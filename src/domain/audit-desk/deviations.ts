import Decimal from 'decimal.js';
import type { EquityYear } from '../budget/equity-limits';
import type { FollowUpLine } from '../budget/follow-up';
import type { Kronor } from '../money/kronor';

/** A deviation the auditor should look at: unfavourable and at least this share of the budget (or any, on a zero budget). */
export const SIGNIFICANT_DEVIATION_PERCENT = 10;

export function isSignificantDeviation(
  line: Pick<FollowUpLine, 'budget' | 'deviation' | 'favourable'>,
  percent = SIGNIFICANT_DEVIATION_PERCENT,
): boolean {
  if (line.favourable !== false || line.deviation.isZero()) return false;
  if (line.budget.isZero()) return true;
  return line.deviation.abs().greaterThanOrEqualTo(line.budget.abs().times(percent).dividedBy(100));
}

/** The deviation as a share of the budget, in percent with one decimal; null for a zero budget. */
export function deviationPercent(line: Pick<FollowUpLine, 'budget' | 'deviation'>): Decimal | null {
  if (line.budget.isZero()) return null;
  return line.deviation.dividedBy(line.budget.abs()).times(100).toDecimalPlaces(1);
}

export type EquityStatus = 'OVER_CAP' | 'BELOW_FLOOR' | 'WITHIN';

export interface EquityRow extends EquityYear {
  status: EquityStatus[];
  /** Room under the cap (cap − opening equity), negative when over it. */
  roomUnderCap: Kronor;
  /** Margin over the floor (closing equity − floor), negative when below it. */
  marginOverFloor: Kronor;
}

/** Equity development against floor and cap, per year, as the budget rules judge it. */
export function equityRows(years: readonly EquityYear[]): EquityRow[] {
  return years.map((year) => {
    const status: EquityStatus[] = [];
    if (year.overCap) status.push('OVER_CAP');
    if (year.belowFloor) status.push('BELOW_FLOOR');
    if (status.length === 0) status.push('WITHIN');
    return {
      ...year,
      status,
      roomUnderCap: year.cap.minus(year.openingEquity),
      marginOverFloor: year.closingEquity.minus(year.floor),
    };
  });
}
