import { describe, expect, it } from 'vitest';
import { comparePlans, type PlanSnapshot } from './compare-plans';

const plan2026: PlanSnapshot = {
  year: 2026,
  sections: [
    { level: 1, title: 'Bakgrund', bodyMarkdown: 'Förbundet bildades 2012.' },
    { level: 1, title: 'Inriktning 2026', bodyMarkdown: 'Förbundet prioriterar unga vuxna.' },
  ],
  goals: [
    { level: 'FINANCIAL', text: 'Inom budgetramen' },
    { level: 'INDIVIDUAL', text: '75 % mer redo' },
  ],
  interventions: [
    { id: 'steget', name: 'Steget vidare' },
    { id: 'framtid', name: 'Ung framtid' },
  ],
  lines: [
    {
      name: 'Steget vidare',
      type: 'COST',
      amounts: [
        { year: 2026, kind: 'BUDGET', amount: '2100000' },
        { year: 2027, kind: 'PROGNOSIS', amount: '2150000' },
      ],
    },
    { name: 'Ung framtid', type: 'COST', amounts: [{ year: 2026, kind: 'BUDGET', amount: '1500000' }] },
  ],
};
const plan2027: PlanSnapshot = {
  year: 2027,
  sections: [
    { level: 1, title: 'Bakgrund', bodyMarkdown: 'Förbundet bildades 2012.' },
    { level: 1, title: 'Inriktning 2027', bodyMarkdown: 'Nytt.' },
  ],
  goals: [
    { level: 'FINANCIAL', text: 'Inom budgetramen' },
    { level: 'STRUCTURAL', text: 'Gemensam kartläggning' },
  ],
  interventions: [{ id: 'steget', name: 'Steget vidare' }],
  lines: [
    {
      name: 'Steget vidare',
      type: 'COST',
      amounts: [
        { year: 2026, kind: 'BUDGET', amount: '2100000' },
        { year: 2027, kind: 'BUDGET', amount: '2200000.00' },
      ],
    },
  ],
};

describe('comparePlans (Sjöbygden 2026 → 2027)', () => {
  const result = comparePlans(plan2026, plan2027);

  it('matches sections by title; unmatched ones are added or removed', () => {
    expect(result.sections.map((s) => [s.title, s.change])).toEqual([
      ['Bakgrund', 'same'],
      ['Inriktning 2027', 'added'],
      ['Inriktning 2026', 'removed'],
    ]);
  });

  it('compares each line’s amounts per year, each plan’s own column kind', () => {
    expect(result.lines).toEqual([
      {
        name: 'Steget vidare',
        type: 'COST',
        change: 'changed',
        years: [
          { year: 2026, before: '2100000', after: '2100000' },
          { year: 2027, before: '2150000', after: '2200000.00' },
        ],
      },
      { name: 'Ung framtid', type: 'COST', change: 'removed', years: [{ year: 2026, before: '1500000', after: null }] },
    ]);
  });

  it('lists added and removed goals and interventions', () => {
    expect(result.goals.added.map((g) => g.text)).toEqual(['Gemensam kartläggning']);
    expect(result.goals.removed.map((g) => g.text)).toEqual(['75 % mer redo']);
    expect(result.interventions).toEqual({ added: [], removed: [{ id: 'framtid', name: 'Ung framtid' }] });
  });

  it('finds no change between a version and itself', () => {
    const same = comparePlans(plan2026, plan2026);
    expect(same.sections.every((s) => s.change === 'same') && same.lines.every((l) => l.change === 'same')).toBe(true);
  });
});
