'use client';

import { useCallback, useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { saveBudgetCellAction } from '@/actions/budget';
import type { BudgetCell, BudgetColumn, BudgetSheetLine } from '@/domain/budget/budget-sheet';
import { formatKronor, kronor, parseKronor } from '@/domain/money/kronor';
import { format, messages } from '@/i18n/catalog';
import type { CellStatus } from './editor-context';
import { cellKey, cellText, type CellTexts } from './live-sheet';

function withCell(
  lines: BudgetSheetLine[],
  lineId: string,
  year: number,
  cell: BudgetCell | null,
  lineVersion?: number,
): BudgetSheetLine[] {
  return lines.map((line) => {
    if (line.id !== lineId) return line;
    const cells = { ...line.cells };
    if (cell) cells[year] = cell;
    else delete cells[year];
    return { ...line, cells, version: lineVersion ?? line.version };
  });
}

/**
 * Saves one cell when it is left: only a readable, changed amount is sent, with the version it was
 * read at. A stale save puts the fresh amount in the cell and keeps the attempted one in the message.
 */
export function useCellSaver(
  slug: string,
  form: UseFormReturn<{ cells: CellTexts }>,
  lines: BudgetSheetLine[],
  setLines: Dispatch<SetStateAction<BudgetSheetLine[]>>,
) {
  const [status, setStatus] = useState<Record<string, CellStatus>>({});
  const linesRef = useRef(lines);
  const inflight = useRef(new Map<string, string>());
  useEffect(() => {
    linesRef.current = lines;
  }, [lines]);

  const mark = useCallback((key: string, next: CellStatus | null) => {
    setStatus((current) => {
      const copy = { ...current };
      if (next) copy[key] = next;
      else delete copy[key];
      return copy;
    });
  }, []);

  const commit = useCallback(
    async (lineId: string, column: BudgetColumn) => {
      const t = messages().budgetEditor;
      const key = cellKey(lineId, column.year);
      const name = `cells.${key}` as const;
      if (!(await form.trigger(name))) return;
      const text = form.getValues(name) ?? '';
      const amount = parseKronor(text);
      const line = linesRef.current.find((l) => l.id === lineId);
      if (amount === null || !line) return;
      const stored = line.cells[column.year];
      const unchanged = stored ? kronor(stored.amount).equals(amount) : text.trim() === '';
      if (unchanged) {
        if (stored && text !== cellText(stored)) form.setValue(name, cellText(stored));
        return;
      }
      if (inflight.current.get(key) === text) return;
      inflight.current.set(key, text);
      mark(key, { kind: 'saving' });
      try {
        const result = await saveBudgetCellAction(slug, {
          lineId,
          year: column.year,
          kind: column.kind,
          amount: text,
          version: stored?.version ?? null,
        });
        if (result.ok) {
          setLines((current) => withCell(current, lineId, column.year, result.data.cell, result.data.lineVersion));
          if (form.getValues(name) === text) form.setValue(name, cellText(result.data.cell));
          mark(key, { kind: 'saved' });
        } else if (result.code === 'STALE') {
          const fresh = result.fresh.cell;
          setLines((current) => withCell(current, lineId, column.year, fresh));
          form.setValue(name, cellText(fresh), { shouldValidate: true });
          const freshText = fresh ? formatKronor(fresh.amount) : messages().areas.budget.noAmount;
          mark(key, {
            kind: 'stale',
            message: format(t.staleCell, { fresh: freshText, attempted: text.trim() || '0' }),
          });
        } else {
          const fieldMessage = result.code === 'VALIDATION' ? Object.values(result.fieldErrors)[0] : undefined;
          mark(key, { kind: 'failed', message: fieldMessage ?? result.message });
        }
      } catch {
        mark(key, { kind: 'failed', message: messages().common.tryAgain });
      } finally {
        inflight.current.delete(key);
      }
    },
    [form, mark, setLines, slug],
  );

  /** Escape: back to the saved amount, and forget any message. */
  const revert = useCallback(
    (lineId: string, year: number) => {
      const key = cellKey(lineId, year);
      const line = linesRef.current.find((l) => l.id === lineId);
      form.setValue(`cells.${key}`, cellText(line?.cells[year]), { shouldValidate: true });
      mark(key, null);
    },
    [form, mark],
  );

  return { status, commit, revert };
}
