'use client';

import { useState, type Dispatch, type SetStateAction } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import {
  addBudgetLineAction,
  fillContributionsFromStateAction,
  moveBudgetLineAction,
  removeBudgetLineAction,
  updateBudgetLineAction,
} from '@/actions/budget';
import { typeOfCategory } from '@/domain/budget/budget-groups';
import type { BudgetColumn, BudgetSheet, BudgetSheetLine } from '@/domain/budget/budget-sheet';
import { format, messages } from '@/i18n/catalog';
import type { ActionResult } from '@/server/kernel/action-result';
import type { LineFormValues } from './line-form-schema';
import { cellKey, cellText, type CellTexts } from './live-sheet';

function failureMessage(result: ActionResult<unknown, unknown>): string | null {
  if (result.ok) return null;
  if (result.code === 'STALE') return messages().common.staleVersion;
  if (result.code === 'VALIDATION') return Object.values(result.fieldErrors)[0] ?? result.message;
  return result.message;
}

/** Add, edit, move and remove lines, and fill the members' contributions from the state's amount. */
export function useLineOperations(
  sheet: BudgetSheet,
  form: UseFormReturn<{ cells: CellTexts }>,
  setLines: Dispatch<SetStateAction<BudgetSheetLine[]>>,
) {
  const t = messages().budgetEditor;
  const slug = sheet.associationSlug;
  const [busy, setBusy] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [editing, setEditing] = useState<BudgetSheetLine | null>(null);

  /** Puts the saved amounts of these lines in the form (after the server rewrote them). */
  const showSaved = (lines: readonly BudgetSheetLine[], columns: readonly BudgetColumn[]) => {
    for (const line of lines)
      for (const column of columns)
        form.setValue(`cells.${cellKey(line.id, column.year)}`, cellText(line.cells[column.year]));
  };

  async function run<T>(
    action: () => Promise<ActionResult<T, unknown>>,
    onOk: (data: T) => string,
  ): Promise<string | null> {
    setBusy(true);
    try {
      const result = await action();
      const failure = failureMessage(result);
      setAnnouncement(result.ok ? onOk(result.data) : (failure ?? ''));
      return failure;
    } catch {
      setAnnouncement(messages().common.tryAgain);
      return messages().common.tryAgain;
    } finally {
      setBusy(false);
    }
  }

  const replaceLine = (line: BudgetSheetLine) =>
    setLines((current) => current.map((l) => (l.id === line.id ? line : l)));

  return {
    busy,
    announcement,
    editing,
    setEditing,
    moveLine: (line: BudgetSheetLine, direction: 'up' | 'down') =>
      void run(
        async () => {
          const result = await moveBudgetLineAction(slug, { lineId: line.id, version: line.version, direction });
          if (!result.ok && result.code === 'STALE') setLines(result.fresh.lines);
          return result;
        },
        ({ lines }) => {
          setLines(lines);
          return '';
        },
      ),
    saveEdit: async (line: BudgetSheetLine, values: LineFormValues) => {
      const failure = await run(
        async () => {
          const result = await updateBudgetLineAction(slug, {
            lineId: line.id,
            version: line.version,
            ...values,
            name: values.name.trim(),
          });
          if (!result.ok && result.code === 'STALE' && result.fresh.line) replaceLine(result.fresh.line);
          return result;
        },
        ({ line: saved }) => {
          replaceLine(saved);
          return '';
        },
      );
      if (!failure) setEditing(null);
      return failure;
    },
    removeLine: async (line: BudgetSheetLine) => {
      const failure = await run(
        () => removeBudgetLineAction(slug, { lineId: line.id, version: line.version }),
        () => {
          setLines((current) => current.filter((l) => l.id !== line.id));
          form.unregister(sheet.columns.map((column) => `cells.${cellKey(line.id, column.year)}` as const));
          return format(t.lineRemoved, { name: line.name });
        },
      );
      if (!failure) setEditing(null);
      return failure;
    },
    addLine: (values: LineFormValues) =>
      run(
        () =>
          addBudgetLineAction(slug, {
            planId: sheet.planId,
            name: values.name.trim(),
            type: typeOfCategory(values.category),
            category: values.category,
            outsideTotal: values.outsideTotal,
          }),
        ({ line }) => {
          setLines((current) => [...current, line]);
          return format(t.lineAdded, { name: line.name });
        },
      ),
    fillFromState: () =>
      void run(
        () => fillContributionsFromStateAction(slug, { planId: sheet.planId }),
        ({ lines }) => {
          setLines(lines);
          showSaved(
            lines.filter((line) => line.category === 'MEMBER_CONTRIBUTION'),
            sheet.columns,
          );
          return t.filled;
        },
      ),
  };
}
