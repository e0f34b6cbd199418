import { describe, expect, it } from 'vitest';
import { kronor, type Kronor } from '../money/kronor';
import { followUp, forecastForYear, type FollowUpLineInput } from './follow-up';

function months(amounts: (string | number)[]): Map<number, Kronor> {
  return new Map(amounts.map((amount, index) => [index + 1, kronor(amount)]));
}

const base = { outsideTotal: false } as const;
const lines: FollowUpLineInput[] = [
  {
    ...base,
    id: 'fk',
    name: 'Försäkringskassan',
    type: 'INCOME',
    category: 'MEMBER_CONTRIBUTION',
    budget: kronor(2100000),
    outcomes: months(Array(10).fill(175000)),
  },
  {
    ...base,
    id: 'rg',
    name: 'Region Gotland',
    type: 'INCOME',
    category: 'MEMBER_CONTRIBUTION',
    budget: kronor(2100000),
    outcomes: months(Array(10).fill(175000)),
  },
  {
    ...base,
    id: 'lb',
    name: 'Lönebidrag',
    type: 'INCOME',
    category: 'OTHER_INCOME',
    outsideTotal: true,
    budget: kronor(160000),
    outcomes: months(Array(10).fill(13000)),
  },
  {
    ...base,
    id: 'eq',
    name: 'Eget kapital',
    type: 'INCOME',
    category: 'EQUITY',
    budget: kronor(2714095),
    outcomes: new Map(),
  },
  {
    ...base,
    id: 'rs',
    name: 'Reserv eget kapital',
    type: 'COST',
    category: 'RESERVE',
    budget: kronor(650000),
    outcomes: new Map(),
  },
  {
    ...base,
    id: 'jv',
    name: 'Jobbvägen försteget',
    type: 'COST',
    category: 'INTERVENTION',
    budget: kronor(1652447),
    outcomes: months([140000, 140000, 140000, 140000, 140000, 140000, 140000, 140000, 140000, 140000, 99999]),
  },
  {
    ...base,
    id: 'uf',
    name: 'Uppföljning & utvärdering',
    type: 'COST',
    category: 'STRUCTURAL',
    budget: kronor(5000),
    outcomes: months(['0', '1250.50']),
  },
];

describe('forecastForYear', () => {
  it('adds the budget’s monthly share for the months still to come, to the öre', () => {
    expect(forecastForYear(kronor(1652447), kronor(1400000), 10).toString()).toBe('1675407.83');
    expect(forecastForYear(kronor(2100000), kronor(0), 0).toString()).toBe('2100000');
    expect(forecastForYear(kronor(2100000), kronor(2000000), 12).toString()).toBe('2000000');
  });
});

describe('followUp', () => {
  const result = followUp(lines, 10);
  const line = (id: string) => result.lines.find((l) => l.id === id)!;

  it('sums outcome up to the through-month only', () => {
    expect(line('fk').outcomeToDate.toString()).toBe('1750000');
    expect(line('jv').outcomeToDate.toString()).toBe('1400000');
    expect(line('uf').outcomeToDate.toString()).toBe('1250.5');
  });

  it('forecasts, deviates and tells good from bad by the line’s type', () => {
    expect(line('fk').forecast.toString()).toBe('2100000');
    expect(line('fk').deviation.isZero()).toBe(true);
    expect(line('fk').favourable).toBeNull();
    expect(line('jv').deviation.toString()).toBe('22960.83');
    expect(line('jv').favourable).toBe(false);
    expect(line('uf').forecast.toString()).toBe('2083.83');
    expect(line('uf').favourable).toBe(true);
    expect(line('lb').deviation.toString()).toBe('-3333.33');
    expect(line('lb').favourable).toBe(false);
  });

  it('gives the share of the budget used', () => {
    expect(line('fk').shareUsed!.times(100).toDecimalPlaces(1).toString()).toBe('83.3');
    expect(followUp([{ ...lines[0]!, budget: kronor(0) }], 3).lines[0]!.shareUsed).toBeNull();
  });

  it('leaves out the equity line and the reserve, and lines outside the total from the totals', () => {
    expect(result.lines.map((l) => l.id)).not.toContain('eq');
    expect(result.lines.map((l) => l.id)).not.toContain('rs');
    expect(result.income.budget.toString()).toBe('4200000');
    expect(result.income.outcomeToDate.toString()).toBe('3500000');
    expect(result.costs.budget.toString()).toBe('1657447');
    expect(result.costs.forecast.toString()).toBe('1677491.66');
    expect(result.result.forecast.toString()).toBe('2522508.34');
  });

  it('refuses a through-month outside the year', () => {
    expect(() => followUp(lines, 13)).toThrow(RangeError);
  });
});
