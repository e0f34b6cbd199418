import { describe, expect, it } from 'vitest';
import { gridMove, nextCell } from './grid-keys';

const size = { rowCount: 3, colCount: 5 };

describe('gridMove', () => {
  it('moves left and right only from the edge of the text or when all of it is selected', () => {
    expect(gridMove('ArrowLeft', false, { start: 2, end: 2, length: 5 })).toBeNull();
    expect(gridMove('ArrowLeft', false, { start: 0, end: 0, length: 5 })).toMatchObject({ kind: 'move', cols: -1 });
    expect(gridMove('ArrowRight', false, { start: 5, end: 5, length: 5 })).toMatchObject({ kind: 'move', cols: 1 });
    expect(gridMove('ArrowRight', false, { start: 0, end: 5, length: 5 })).toMatchObject({ kind: 'move', cols: 1 });
  });

  it('saves and moves down on Enter, reverts on Escape, Tab wraps', () => {
    expect(gridMove('Enter', false, { start: 0, end: 0, length: 0 })).toEqual({ kind: 'commitDown' });
    expect(gridMove('Escape', false, { start: 0, end: 0, length: 0 })).toEqual({ kind: 'revert' });
    expect(gridMove('Tab', true, { start: 0, end: 0, length: 0 })).toEqual({
      kind: 'move',
      rows: 0,
      cols: -1,
      wrap: true,
    });
  });
});

describe('nextCell', () => {
  it('stops at the edges for arrows', () => {
    expect(nextCell({ row: 0, col: 0 }, { rows: -1, cols: 0, wrap: false }, size)).toBeNull();
    expect(nextCell({ row: 1, col: 4 }, { rows: 0, cols: 1, wrap: false }, size)).toBeNull();
  });

  it('wraps to the next or previous row for Tab, and leaves the grid after the last cell', () => {
    expect(nextCell({ row: 1, col: 4 }, { rows: 0, cols: 1, wrap: true }, size)).toEqual({ row: 2, col: 0 });
    expect(nextCell({ row: 1, col: 0 }, { rows: 0, cols: -1, wrap: true }, size)).toEqual({ row: 0, col: 4 });
    expect(nextCell({ row: 2, col: 4 }, { rows: 0, cols: 1, wrap: true }, size)).toBeNull();
  });
});
