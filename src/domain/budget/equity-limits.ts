import Decimal from 'decimal.js';
import { ZERO, type Kronor } from '../money/kronor';
import type { YearTotals } from './types';

export interface EquityCapTier {
  /** Null: no upper bound. */
  upTo: Kronor | null;
  /** Percent, e.g. 20. */
  percent: Kronor;
}

/**
 * The national council's stepped cap: each tier's percent of the part of the year's member
 * contributions that falls in that tier (0 to the first upTo, then up to the next, …).
 * Contributions above the last bounded tier add nothing. FinsamGotland: 20 % up to 7 000 000.
 */
export function equityCap(memberContributions: Kronor, tiers: readonly EquityCapTier[]): Kronor {
  let cap = ZERO;
  let lower = ZERO;
  for (const tier of tiers) {
    if (memberContributions.lessThanOrEqualTo(lower)) break;
    const upper = tier.upTo === null ? memberContributions : Decimal.min(tier.upTo, memberContributions);
    cap = cap.plus(upper.minus(lower).mul(tier.percent).div(100));
    if (tier.upTo === null) break;
    lower = tier.upTo;
  }
  return cap;
}

export interface EquityYear {
  year: number;
  cap: Kronor;
  floor: Kronor;
  openingEquity: Kronor;
  closingEquity: Kronor;
  overCap: boolean;
  belowFloor: boolean;
}

/**
 * Per year: the cap is compared with the opening equity, the equity the association carries
 * into the year (what it has accumulated, and what the state looks at when it allocates);
 * the floor with the closing equity, what the budget leaves at the end of the year.
 */
export function equityLimits(
  totals: readonly YearTotals[],
  tiers: readonly EquityCapTier[],
  floor: Kronor,
): EquityYear[] {
  return totals.map((t) => {
    const cap = equityCap(t.memberContributions, tiers);
    return {
      year: t.year,
      cap,
      floor,
      openingEquity: t.openingEquity,
      closingEquity: t.closingEquity,
      overCap: t.openingEquity.greaterThan(cap),
      belowFloor: t.closingEquity.lessThan(floor),
    };
  });
}
