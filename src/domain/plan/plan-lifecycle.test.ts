import { describe, expect, it } from 'vitest';
import { checkNewPlanYear, planDeletionBlockers, type PlanReferences } from './plan-lifecycle';

describe('checkNewPlanYear', () => {
  const facts = { currentYear: 2026, existingYears: [2025, 2026] };

  it('a past year without a plan is fine (bringing in history)', () => {
    expect(checkNewPlanYear(2012, facts)).toBeNull();
    expect(checkNewPlanYear(2004, facts)).toBeNull();
  });

  it('a year up to five ahead is fine', () => {
    expect(checkNewPlanYear(2031, facts)).toBeNull();
    expect(checkNewPlanYear(2032, facts)).toBe('OUT_OF_RANGE');
  });

  it('before 2004 or not a whole year: out of range', () => {
    expect(checkNewPlanYear(2003, facts)).toBe('OUT_OF_RANGE');
    expect(checkNewPlanYear(2020.5, facts)).toBe('OUT_OF_RANGE');
  });

  it('a year that has a plan is refused', () => {
    expect(checkNewPlanYear(2025, facts)).toBe('EXISTS');
  });
});

describe('planDeletionBlockers', () => {
  const nothing: PlanReferences = {
    status: 'DRAFT',
    laterVersion: false,
    adoptionDecision: false,
    comments: 0,
    matters: 0,
    minutesParagraphs: 0,
    considerations: 0,
    budgetOutcomes: 0,
    invoices: 0,
    goalEvaluations: 0,
    interventionLinks: 0,
    annualReport: false,
  };

  it('a draft nothing refers to may go', () => {
    expect(planDeletionBlockers(nothing)).toEqual([]);
  });

  it('only drafts may go', () => {
    for (const status of ['IN_PREPARATION', 'ADOPTED', 'REVISED'] as const)
      expect(planDeletionBlockers({ ...nothing, status })).toEqual(['NOT_DRAFT']);
  });

  it('names every reference that holds it', () => {
    expect(
      planDeletionBlockers({
        ...nothing,
        comments: 2,
        matters: 1,
        invoices: 3,
        laterVersion: true,
        annualReport: true,
      }),
    ).toEqual(['LATER_VERSION', 'COMMENTS', 'MATTERS', 'INVOICES', 'ANNUAL_REPORT']);
  });
});
