import { describe, expect, it } from 'vitest';
import { chooseDocumentPlan } from './choose-document-plan';

const plans = [
  { id: 'a', year: 2026, versionNumber: 1 },
  { id: 'b', year: 2026, versionNumber: 2 },
  { id: 'c', year: 2027, versionNumber: 1 },
];

describe('chooseDocumentPlan', () => {
  it('takes the plan asked for by id, also an earlier version', () => {
    expect(chooseDocumentPlan(plans, 2026, { planId: 'a' })?.id).toBe('a');
  });
  it("takes the year's latest version for ?ar=, else the current year's, else the latest year", () => {
    expect(chooseDocumentPlan(plans, 2026, { year: 2026 })?.id).toBe('b');
    expect(chooseDocumentPlan(plans, 2027, {})?.id).toBe('c');
    expect(chooseDocumentPlan(plans, 2030, { year: 2019 })?.id).toBe('c');
  });
  it('ignores an unknown id and answers null without plans', () => {
    expect(chooseDocumentPlan(plans, 2026, { planId: 'other', year: 2027 })?.id).toBe('c');
    expect(chooseDocumentPlan([], 2026, {})).toBeNull();
  });
});
