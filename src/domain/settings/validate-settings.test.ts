import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { defaultRules, type AssociationRuleValues } from './association-rules';
import { isDayOfEveryYear, validateKeyFigures, validateMember, validateRules } from './validate-settings';

const d = (value: number | string) => new Decimal(value);
const rules = (patch: Partial<AssociationRuleValues>): AssociationRuleValues => ({ ...defaultRules(), ...patch });
const codes = (problems: Record<string, { code: string }>) =>
  Object.fromEntries(Object.entries(problems).map(([field, problem]) => [field, problem.code]));

describe('validateRules', () => {
  it('accepts the defaults and a stepped cap with an open last tier', () => {
    expect(validateRules(defaultRules())).toEqual({});
    expect(
      validateRules(
        rules({
          capTiers: [
            { upTo: d(5_000_000), percent: d(20) },
            { upTo: d(10_000_000), percent: d(15) },
            { upTo: null, percent: d('12.5') },
          ],
        }),
      ),
    ).toEqual({});
  });

  it('refuses a negative floor', () => {
    expect(codes(validateRules(rules({ equityFloor: d(-1) })))).toEqual({ equityFloor: 'NEGATIVE' });
  });

  it('refuses tier limits that do not increase, an open tier before the last, and percents outside 0–100', () => {
    const problems = validateRules(
      rules({
        capTiers: [
          { upTo: d(7_000_000), percent: d(20) },
          { upTo: d(7_000_000), percent: d(101) },
          { upTo: null, percent: d(-1) },
          { upTo: d(9_000_000), percent: d(10) },
        ],
      }),
    );
    expect(codes(problems)).toEqual({
      'capTiers.1.upTo': 'TIER_LIMIT_NOT_INCREASING',
      'capTiers.1.percent': 'PERCENT_RANGE',
      'capTiers.2.upTo': 'TIER_LIMIT_MISSING',
      'capTiers.2.percent': 'PERCENT_RANGE',
    });
    expect(codes(validateRules(rules({ capTiers: [] })))).toEqual({ capTiers: 'TIERS_EMPTY' });
    expect(codes(validateRules(rules({ capTiers: [{ upTo: d(0), percent: d(20) }] })))).toEqual({
      'capTiers.0.upTo': 'TIER_LIMIT_NOT_INCREASING',
    });
  });

  it('refuses a deadline day that is not a date every year', () => {
    expect(codes(validateRules(rules({ adoptionDeadlineMonth: 11, adoptionDeadlineDay: 31 })))).toEqual({
      adoptionDeadlineDay: 'DEADLINE_NOT_A_DATE',
    });
    expect(isDayOfEveryYear(2, 29)).toBe(false);
    expect(isDayOfEveryYear(2, 28)).toBe(true);
    expect(isDayOfEveryYear(13, 1)).toBe(false);
    expect(isDayOfEveryYear(12, 0)).toBe(false);
  });

  it('refuses a fixed quorum without a count of at least 1, and prognosis years outside 1–10', () => {
    expect(codes(validateRules(rules({ quorumRule: 'FIXED_COUNT', quorumFixedCount: 0 })))).toEqual({
      quorumFixedCount: 'QUORUM_COUNT_MISSING',
    });
    expect(codes(validateRules(rules({ quorumRule: 'FIXED_COUNT', quorumFixedCount: null })))).toEqual({
      quorumFixedCount: 'QUORUM_COUNT_MISSING',
    });
    expect(validateRules(rules({ quorumRule: 'FIXED_COUNT', quorumFixedCount: 5 }))).toEqual({});
    expect(codes(validateRules(rules({ prognosisYears: 0 })))).toEqual({ prognosisYears: 'PROGNOSIS_YEARS_RANGE' });
  });

  it('takes only a web address for the notice board', () => {
    expect(validateRules(rules({ noticeBoardUrl: 'https://forbund.se/anslag' }))).toEqual({});
    expect(codes(validateRules(rules({ noticeBoardUrl: 'javascript:alert(1)' })))).toEqual({
      noticeBoardUrl: 'URL_INVALID',
    });
  });
});

describe('validateKeyFigures', () => {
  const row = (memberId: string, population: number | null, splitPercent: string | null = null) => ({
    memberId,
    population,
    splitPercent: splitPercent === null ? null : d(splitPercent),
  });

  it('needs a population above zero for every municipality under POPULATION', () => {
    expect(validateKeyFigures('POPULATION', [row('a', 60_000), row('b', 500)])).toEqual({});
    expect(codes(validateKeyFigures('POPULATION', [row('a', 60_000), row('b', null), row('c', 0)]))).toEqual({
      'population.b': 'POPULATION_MISSING',
      'population.c': 'POPULATION_MISSING',
    });
  });

  it('needs shares in 0–100 summing to exactly 100 % under FIXED_PERCENT', () => {
    expect(validateKeyFigures('FIXED_PERCENT', [row('a', null, '33.333'), row('b', null, '66.667')])).toEqual({});
    const problems = validateKeyFigures('FIXED_PERCENT', [row('a', null, '50'), row('b', null, '40')]);
    expect(codes(problems)).toEqual({ splitPercentSum: 'PERCENT_SUM' });
    expect(problems.splitPercentSum).toMatchObject({ sum: d(90) });
    expect(codes(validateKeyFigures('FIXED_PERCENT', [row('a', null, '120'), row('b', null)]))).toEqual({
      'splitPercent.a': 'PERCENT_RANGE',
      'splitPercent.b': 'PERCENT_RANGE',
    });
  });

  it('needs nothing under EQUAL', () => {
    expect(validateKeyFigures('EQUAL', [row('a', null)])).toEqual({});
  });
});

describe('validateMember', () => {
  it('checks the organisation number’s format and that the member leaves after it joins', () => {
    expect(validateMember({ orgNumber: '222000-1966', joinedYear: 2019, leftYear: 2025 })).toEqual({});
    expect(validateMember({ orgNumber: null, joinedYear: null, leftYear: null })).toEqual({});
    expect(codes(validateMember({ orgNumber: '2220001966', joinedYear: 2026, leftYear: 2025 }))).toEqual({
      orgNumber: 'ORG_NUMBER_FORMAT',
      leftYear: 'LEFT_BEFORE_JOINED',
    });
  });
});
