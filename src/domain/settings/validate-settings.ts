import Decimal from 'decimal.js';
import type { MunicipalSplitKey } from '../budget/funding-split';
import type { AssociationRuleValues } from './association-rules';

/** What is wrong with one field; the use case turns it into the Swedish message next to the field. */
export type SettingsProblem =
  | { code: 'NEGATIVE' }
  | { code: 'PERCENT_RANGE' }
  | { code: 'TIER_LIMIT_MISSING' }
  | { code: 'TIER_LIMIT_NOT_INCREASING' }
  | { code: 'TIERS_EMPTY' }
  | { code: 'PROGNOSIS_YEARS_RANGE' }
  | { code: 'DEADLINE_NOT_A_DATE' }
  | { code: 'QUORUM_COUNT_MISSING' }
  | { code: 'URL_INVALID' }
  | { code: 'POPULATION_MISSING' }
  | { code: 'PERCENT_SUM'; sum: Decimal }
  | { code: 'ORG_NUMBER_FORMAT' }
  | { code: 'LEFT_BEFORE_JOINED' };

export type SettingsProblems = Record<string, SettingsProblem>;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const inPercentRange = (value: Decimal) => value.greaterThanOrEqualTo(0) && value.lessThanOrEqualTo(100);

/**
 * The förbundsordning's rules for a year, checked together: field name → problem. The deadline
 * must be a date every year (29 February is refused), so the reminder never points at a missing day.
 */
export function validateRules(rules: AssociationRuleValues): SettingsProblems {
  const problems: SettingsProblems = {};
  if (rules.equityFloor.isNegative()) problems.equityFloor = { code: 'NEGATIVE' };
  if (rules.capTiers.length === 0) problems.capTiers = { code: 'TIERS_EMPTY' };
  let previous: Decimal | null = null;
  rules.capTiers.forEach((tier, index) => {
    const last = index === rules.capTiers.length - 1;
    if (!inPercentRange(tier.percent)) problems[`capTiers.${index}.percent`] = { code: 'PERCENT_RANGE' };
    if (tier.upTo === null) {
      if (!last) problems[`capTiers.${index}.upTo`] = { code: 'TIER_LIMIT_MISSING' };
      return;
    }
    if (!tier.upTo.isPositive() || tier.upTo.isZero() || (previous !== null && tier.upTo.lessThanOrEqualTo(previous)))
      problems[`capTiers.${index}.upTo`] = { code: 'TIER_LIMIT_NOT_INCREASING' };
    previous = tier.upTo;
  });
  if (!Number.isInteger(rules.prognosisYears) || rules.prognosisYears < 1 || rules.prognosisYears > 10)
    problems.prognosisYears = { code: 'PROGNOSIS_YEARS_RANGE' };
  if (!isDayOfEveryYear(rules.adoptionDeadlineMonth, rules.adoptionDeadlineDay))
    problems.adoptionDeadlineDay = { code: 'DEADLINE_NOT_A_DATE' };
  if (
    rules.quorumRule === 'FIXED_COUNT' &&
    (rules.quorumFixedCount === null || !Number.isInteger(rules.quorumFixedCount) || rules.quorumFixedCount < 1)
  )
    problems.quorumFixedCount = { code: 'QUORUM_COUNT_MISSING' };
  if (rules.noticeBoardUrl !== null && !isWebAddress(rules.noticeBoardUrl))
    problems.noticeBoardUrl = { code: 'URL_INVALID' };
  return problems;
}

export function isDayOfEveryYear(month: number, day: number): boolean {
  if (!Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12) return false;
  return day >= 1 && day <= DAYS_IN_MONTH[month - 1]!;
}

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

export interface KeyFigureInput {
  memberId: string;
  population: number | null;
  splitPercent: Decimal | null;
}

/**
 * The municipalities' key for one year under the split key in force: every municipality needs a
 * population (POPULATION), or a share in 0–100 % with the shares summing to exactly 100 %
 * (FIXED_PERCENT, reported on `splitPercentSum`). EQUAL needs nothing.
 */
export function validateKeyFigures(key: MunicipalSplitKey, figures: readonly KeyFigureInput[]): SettingsProblems {
  const problems: SettingsProblems = {};
  if (key === 'POPULATION') {
    for (const f of figures)
      if (f.population === null || !Number.isInteger(f.population) || f.population <= 0)
        problems[`population.${f.memberId}`] = { code: 'POPULATION_MISSING' };
  }
  if (key === 'FIXED_PERCENT') {
    let sum = new Decimal(0);
    for (const f of figures) {
      if (f.splitPercent === null || !inPercentRange(f.splitPercent))
        problems[`splitPercent.${f.memberId}`] = { code: 'PERCENT_RANGE' };
      else sum = sum.plus(f.splitPercent);
    }
    if (Object.keys(problems).length === 0 && !sum.equals(100)) problems.splitPercentSum = { code: 'PERCENT_SUM', sum };
  }
  return problems;
}

/** Swedish organisation number as written: six digits, a hyphen, four digits. */
export const ORG_NUMBER_PATTERN = /^\d{6}-\d{4}$/;

export interface MemberInput {
  orgNumber: string | null;
  joinedYear: number | null;
  leftYear: number | null;
}

export function validateMember(member: MemberInput): SettingsProblems {
  const problems: SettingsProblems = {};
  if (member.orgNumber !== null && !ORG_NUMBER_PATTERN.test(member.orgNumber))
    problems.orgNumber = { code: 'ORG_NUMBER_FORMAT' };
  if (member.joinedYear !== null && member.leftYear !== null && member.leftYear < member.joinedYear)
    problems.leftYear = { code: 'LEFT_BEFORE_JOINED' };
  return problems;
}
