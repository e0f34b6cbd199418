import { describe, expect, it } from 'vitest';
import type { BudgetColumn, BudgetSheetLine } from '@/domain/budget/budget-sheet';
import type { BudgetCategory, BudgetLineType } from '@/domain/budget/types';
import { cellText, liveLines } from './live-sheet';
import { sheetRows } from './sheet-rows';

const columns: BudgetColumn[] = [
  { year: 2026, kind: 'BUDGET' },
  { year: 2027, kind: 'BUDGET' },
];

function line(
  id: string,
  type: BudgetLineType,
  category: BudgetCategory,
  order: number,
  amounts: Record<number, string> = {},
): BudgetSheetLine {
  const cells = Object.fromEntries(
    Object.entries(amounts).map(([year, amount]) => [
      year,
      { year: Number(year), kind: 'BUDGET' as const, amount, version: 1 },
    ]),
  );
  return {
    id,
    version: 1,
    name: id,
    type,
    category,
    order,
    outsideTotal: false,
    note: '',
    memberId: null,
    interventionId: null,
    cells,
  };
}

describe('sheetRows', () => {
  it('groups lines as the plan prints them, with the sums under their groups', () => {
    const rows = sheetRows([
      line('admin', 'COST', 'ADMINISTRATION', 9),
      line('ungvux', 'COST', 'INTERVENTION', 4),
      line('fk', 'INCOME', 'MEMBER_CONTRIBUTION', 0),
      line('structural', 'COST', 'STRUCTURAL', 5),
      line('equity', 'INCOME', 'EQUITY', 3),
      line('region', 'INCOME', 'MEMBER_CONTRIBUTION', 1),
    ]);
    expect(
      rows.map((row) => (row.kind === 'heading' ? `#${row.group}` : row.kind === 'sum' ? `=${row.sum}` : row.id)),
    ).toEqual([
      '#income',
      'fk',
      'region',
      '=memberContributions',
      '#equity',
      'equity',
      '=totalAvailable',
      '#development',
      'structural',
      'ungvux',
      '=development',
      '#administration',
      'admin',
      '=costs',
      '=closingEquity',
    ]);
  });
});

describe('liveLines', () => {
  const lines = [line('a', 'COST', 'STRUCTURAL', 0, { 2026: '5000' })];

  it('takes what is typed when it reads as an amount, and keeps the stored amount otherwise', () => {
    expect(liveLines(lines, columns, { a_2026: '25 000' })[0]!.cells[2026]!.amount).toBe('25000');
    expect(liveLines(lines, columns, { a_2026: 'abc' })[0]!.cells[2026]!.amount).toBe('5000');
    expect(liveLines(lines, columns, { a_2026: '-' })[0]!.cells[2026]!.amount).toBe('0');
  });

  it('leaves an untouched empty cell empty, and fills it when something is typed', () => {
    expect(liveLines(lines, columns, { a_2027: '' })[0]!.cells[2027]).toBeUndefined();
    expect(liveLines(lines, columns, { a_2027: '1 234,50' })[0]!.cells[2027]).toMatchObject({
      year: 2027,
      kind: 'BUDGET',
      amount: '1234.5',
    });
  });

  it('shows amounts grouped the Swedish way', () => {
    expect(cellText({ amount: '2100000' })).toBe('2\u00a0100\u00a0000');
    expect(cellText(undefined)).toBe('');
  });
});
