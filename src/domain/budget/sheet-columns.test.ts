import { describe, expect, it } from 'vitest';
import { chooseSheetPlan, isPlanBudgetEditable, sheetColumns } from './sheet-columns';

describe('sheetColumns', () => {
  it('gives FinsamGotland’s 2027 draft the current year, the plan year and three prognosis years', () => {
    expect(sheetColumns(2027, [2026, 2027], 3)).toEqual([
      { year: 2026, kind: 'BUDGET' },
      { year: 2027, kind: 'BUDGET' },
      { year: 2028, kind: 'PROGNOSIS' },
      { year: 2029, kind: 'PROGNOSIS' },
      { year: 2030, kind: 'PROGNOSIS' },
    ]);
  });

  it('keeps years the plan already holds outside the configured range', () => {
    expect(sheetColumns(2026, [2024], 1).map((c) => c.year)).toEqual([2024, 2025, 2026, 2027]);
  });
});

describe('chooseSheetPlan', () => {
  const gotland = [
    { year: 2026, versionNumber: 1, status: 'ADOPTED' },
    { year: 2027, versionNumber: 1, status: 'DRAFT' },
  ];

  it('opens the draft being worked on', () => {
    expect(chooseSheetPlan(gotland, 2026, {})).toBe(gotland[1]);
  });

  it('falls back to the current year’s plan, then the latest', () => {
    const adopted = [
      { year: 2025, versionNumber: 1, status: 'ADOPTED' },
      { year: 2026, versionNumber: 1, status: 'REVISED' },
      { year: 2026, versionNumber: 2, status: 'ADOPTED' },
    ];
    expect(chooseSheetPlan(adopted, 2025, {})).toBe(adopted[0]);
    expect(chooseSheetPlan(adopted, 2030, {})).toBe(adopted[2]);
  });

  it('takes the year and version asked for, or none', () => {
    expect(chooseSheetPlan(gotland, 2026, { year: 2026 })).toBe(gotland[0]);
    expect(chooseSheetPlan(gotland, 2026, { year: 2026, versionNumber: 2 })).toBeNull();
    expect(chooseSheetPlan(gotland, 2026, { year: 2031 })).toBeNull();
    expect(chooseSheetPlan([], 2026, {})).toBeNull();
  });
});

describe('isPlanBudgetEditable', () => {
  it('allows drafting, preparation and consultation, never a locked plan', () => {
    expect(isPlanBudgetEditable({ status: 'IN_CONSULTATION', lockedAt: null })).toBe(true);
    expect(isPlanBudgetEditable({ status: 'ON_AGENDA', lockedAt: null })).toBe(false);
    expect(isPlanBudgetEditable({ status: 'DRAFT', lockedAt: new Date() })).toBe(false);
  });
});
