import Decimal from 'decimal.js';
import type { Kronor } from '../money/kronor';
import type { MemberKind, MunicipalSplitKey } from '../budget/funding-split';

export type QuorumRule = 'MORE_THAN_HALF' | 'AT_LEAST_HALF' | 'FIXED_COUNT';

export interface CapTier {
  /** Null on the last tier (no upper bound). */
  upTo: Kronor | null;
  percent: Kronor;
}

/** The förbundsordning's rules for one year (ADR 031). */
export interface AssociationRuleValues {
  regionHoldsMunicipalRole: boolean;
  municipalSplitKey: MunicipalSplitKey;
  equityFloor: Kronor;
  capTiers: CapTier[];
  prognosisYears: number;
  adoptionDeadlineMonth: number;
  adoptionDeadlineDay: number;
  quorumRule: QuorumRule;
  quorumFixedCount: number | null;
  noticeBoardText: string | null;
  noticeBoardUrl: string | null;
  /** ADR 034: decisions take effect when the minutes are adjusted and locked, not on the meeting date. */
  decisionsNeedAdjustedMinutes: boolean;
}

/** docs/domain.md's defaults: what an association follows until it records its own rules. */
export function defaultRules(): AssociationRuleValues {
  return {
    regionHoldsMunicipalRole: false,
    municipalSplitKey: 'EQUAL',
    equityFloor: new Decimal(0),
    capTiers: [{ upTo: new Decimal(7_000_000), percent: new Decimal(20) }],
    prognosisYears: 3,
    adoptionDeadlineMonth: 11,
    adoptionDeadlineDay: 30,
    quorumRule: 'MORE_THAN_HALF',
    quorumFixedCount: null,
    noticeBoardText: null,
    noticeBoardUrl: null,
    decisionsNeedAdjustedMinutes: false,
  };
}

/**
 * The row in force for `year` among rows that each hold from their own year on: the one with the
 * largest year <= `year`. Null before the first row (the defaults apply: nothing older was recorded,
 * and a row added later must never change a year before it).
 */
export function inForceFor<T>(rows: readonly T[], year: number, yearOf: (row: T) => number): T | null {
  let best: T | null = null;
  for (const row of rows) {
    const from = yearOf(row);
    if (from <= year && (best === null || from > yearOf(best))) best = row;
  }
  return best;
}

/** Years a row stored "from `from`" governs, given the other rows' years: [from, next row's year - 1]. */
export function yearsGoverned(from: number, otherYears: readonly number[]): { from: number; to: number | null } {
  const later = otherYears.filter((y) => y > from);
  return { from, to: later.length > 0 ? Math.min(...later) - 1 : null };
}

export interface MembershipYears {
  joinedYear: number | null;
  leftYear: number | null;
}

/** Membership counts for the whole of its first and last year: one that left in 2025 still pays for 2025. */
export function isMemberIn(member: MembershipYears, year: number): boolean {
  return (
    (member.joinedYear === null || member.joinedYear <= year) && (member.leftYear === null || member.leftYear >= year)
  );
}

export const MEMBER_KINDS: readonly MemberKind[] = ['FK', 'AF', 'REGION', 'MUNICIPALITY'];
