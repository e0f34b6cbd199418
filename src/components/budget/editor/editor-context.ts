'use client';

import { createContext, useContext, type KeyboardEvent } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { GroupSubtotals } from '@/domain/budget/budget-groups';
import type { BudgetColumn, BudgetSheet, BudgetSheetLine } from '@/domain/budget/budget-sheet';
import type { YearTotals } from '@/domain/budget/types';
import type { CellTexts } from './live-sheet';

export type CellStatus =
  { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string } | { kind: 'stale'; message: string };

export interface CellPosition {
  row: number;
  col: number;
}

export interface EditorApi {
  sheet: BudgetSheet;
  editable: boolean;
  /**
   * False in the server's HTML and during hydration. Until then amounts render as text: the
   * server then skips one form subscription per cell, which made up most of the page's cost.
   */
  hydrated: boolean;
  form: UseFormReturn<{ cells: CellTexts }>;
  lines: BudgetSheetLine[];
  live: BudgetSheetLine[];
  totals: YearTotals[];
  groups: GroupSubtotals[];
  status: Record<string, CellStatus>;
  /** Row index among the editable lines, for keyboard navigation. */
  lineRow: Map<string, number>;
  active: CellPosition;
  setActive: (position: CellPosition) => void;
  commit: (lineId: string, column: BudgetColumn) => Promise<void>;
  onCellKey: (
    event: KeyboardEvent<HTMLInputElement>,
    position: CellPosition,
    lineId: string,
    column: BudgetColumn,
  ) => void;
  moveLine: (line: BudgetSheetLine, direction: 'up' | 'down') => void;
  editLine: (line: BudgetSheetLine) => void;
  busy: boolean;
}

export const EditorContext = createContext<EditorApi | null>(null);

export function useEditor(): EditorApi {
  const api = useContext(EditorContext);
  if (!api) throw new Error('useEditor outside the budget editor');
  return api;
}
