import type { EquityYear } from '../budget/equity-limits';
import type { Kronor } from '../money/kronor';
import type { YearTotals } from '../budget/types';

export type FinancialCheck = 'WITHIN_BUDGET' | 'EQUITY_AT_MOST_CAP' | 'EQUITY_AT_LEAST_FLOOR' | 'NO_LOANS';

export interface FinancialGoalStatus {
  check: FinancialCheck;
  met: boolean;
  /** The year the status is about (the plan year; for NO_LOANS the first year that fails, else the plan year). */
  year: number;
  /** The figures behind the status, for the text shown. */
  figures: {
    costs?: Kronor;
    available?: Kronor;
    equity?: Kronor;
    cap?: Kronor;
    floor?: Kronor;
    closingEquity?: Kronor;
  };
}

/**
 * What the budget says about a financial goal the rules can check, for the plan year:
 * - WITHIN_BUDGET: the year's costs fit within what is available (income + opening equity).
 * - EQUITY_AT_MOST_CAP: the opening equity is within the cap (as the equity rule reads it).
 * - EQUITY_AT_LEAST_FLOOR: the closing equity is at least the floor.
 * - NO_LOANS: no year of the plan ends with negative equity (which could only be met by borrowing).
 * Null when the budget has no column for the plan year.
 */
export function financialGoalStatus(
  check: FinancialCheck,
  planYear: number,
  totals: readonly YearTotals[],
  equity: readonly EquityYear[],
): FinancialGoalStatus | null {
  const total = totals.find((t) => t.year === planYear);
  const limits = equity.find((e) => e.year === planYear);
  if (!total || !limits) return null;
  switch (check) {
    case 'WITHIN_BUDGET':
      return {
        check,
        met: total.costs.lessThanOrEqualTo(total.totalAvailable),
        year: planYear,
        figures: { costs: total.costs, available: total.totalAvailable },
      };
    case 'EQUITY_AT_MOST_CAP':
      return {
        check,
        met: !limits.overCap,
        year: planYear,
        figures: { equity: limits.openingEquity, cap: limits.cap },
      };
    case 'EQUITY_AT_LEAST_FLOOR':
      return {
        check,
        met: !limits.belowFloor,
        year: planYear,
        figures: { closingEquity: limits.closingEquity, floor: limits.floor },
      };
    case 'NO_LOANS': {
      const negative = totals.filter((t) => t.year >= planYear).find((t) => t.closingEquity.isNegative());
      return {
        check,
        met: !negative,
        year: negative?.year ?? planYear,
        figures: { closingEquity: (negative ?? total).closingEquity },
      };
    }
  }
}
