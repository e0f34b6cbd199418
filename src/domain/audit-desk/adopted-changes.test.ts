import { describe, expect, it } from 'vitest';
import { changesAfterAdoption, isAllowedAfterAdoption } from './adopted-changes';

const adopted = { id: 'plan2026', adoptedAt: new Date('2026-02-06T09:00:00Z') };
const entry = (id: string, at: string, action: string, planId: string | null = 'plan2026') => ({
  id,
  at: new Date(at),
  action,
  planId,
});

describe('changesAfterAdoption', () => {
  it('reports a budget cell saved on the adopted plan after adoption, not before', () => {
    const before = entry('1', '2026-02-01T10:00:00Z', 'budget.cellSaved');
    const after = entry('2', '2026-03-01T10:00:00Z', 'budget.cellSaved');
    expect(changesAfterAdoption([adopted], [after, before])).toEqual([after]);
  });

  it('leaves out outcome, follow-up, revisions and comments, which an adopted plan may receive', () => {
    const entries = [
      'budgetOutcome.saved',
      'budgetOutcome.imported',
      'plan.revisionStarted',
      'plan.revisionAdopted',
      'plan.comment.replied',
    ].map((action, i) => entry(String(i), '2026-04-01T10:00:00Z', action));
    expect(changesAfterAdoption([adopted], entries)).toEqual([]);
  });

  it('ignores other plans and entries about no plan', () => {
    expect(
      changesAfterAdoption(
        [adopted],
        [
          entry('1', '2026-04-01T10:00:00Z', 'budget.cellSaved', 'draft2027'),
          entry('2', '2026-04-01T10:00:00Z', 'x', null),
        ],
      ),
    ).toEqual([]);
  });

  it('orders what it finds oldest first', () => {
    const a = entry('a', '2026-05-01T10:00:00Z', 'plan.sectionUpdated');
    const b = entry('b', '2026-04-01T10:00:00Z', 'budget.lineRemoved');
    expect(changesAfterAdoption([adopted], [a, b]).map((e) => e.id)).toEqual(['b', 'a']);
  });

  it('knows which actions are allowed', () => {
    expect(isAllowedAfterAdoption('budgetOutcome.saved')).toBe(true);
    expect(isAllowedAfterAdoption('budget.lineUpdated')).toBe(false);
  });
});
