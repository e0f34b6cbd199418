/** What a key press in an amount cell does; the editor carries it out. */
export type GridMove =
  { kind: 'move'; rows: number; cols: number; wrap: boolean } | { kind: 'commitDown' } | { kind: 'revert' } | null;

export interface CaretState {
  start: number | null;
  end: number | null;
  length: number;
}

/**
 * Spreadsheet keys: up/down always move; left/right move only when the caret is at that edge of
 * the text (or everything is selected, as after arriving in a cell), so a typed number can still
 * be corrected in place; Tab/Shift-Tab move right/left across rows; Enter saves and moves down;
 * Escape puts back the saved amount.
 */
export function gridMove(key: string, shift: boolean, caret: CaretState): GridMove {
  const allSelected = caret.start === 0 && caret.end === caret.length;
  const collapsed = caret.start === caret.end;
  switch (key) {
    case 'ArrowUp':
      return { kind: 'move', rows: -1, cols: 0, wrap: false };
    case 'ArrowDown':
      return { kind: 'move', rows: 1, cols: 0, wrap: false };
    case 'ArrowLeft':
      return allSelected || (collapsed && caret.start === 0) ? { kind: 'move', rows: 0, cols: -1, wrap: false } : null;
    case 'ArrowRight':
      return allSelected || (collapsed && caret.end === caret.length)
        ? { kind: 'move', rows: 0, cols: 1, wrap: false }
        : null;
    case 'Tab':
      return { kind: 'move', rows: 0, cols: shift ? -1 : 1, wrap: true };
    case 'Enter':
      return { kind: 'commitDown' };
    case 'Escape':
      return { kind: 'revert' };
    default:
      return null;
  }
}

/**
 * The next cell from (row, col) in a grid of `rowCount` × `colCount`, or null at the edge.
 * With wrap, moving past the row's end continues on the next row (Tab), otherwise it stops.
 */
export function nextCell(
  from: { row: number; col: number },
  move: { rows: number; cols: number; wrap: boolean },
  size: { rowCount: number; colCount: number },
): { row: number; col: number } | null {
  let row = from.row + move.rows;
  let col = from.col + move.cols;
  if (move.wrap) {
    if (col >= size.colCount) [row, col] = [row + 1, 0];
    if (col < 0) [row, col] = [row - 1, size.colCount - 1];
  }
  if (row < 0 || row >= size.rowCount || col < 0 || col >= size.colCount) return null;
  return { row, col };
}
