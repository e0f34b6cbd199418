'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useHydrated } from '@/components/ui/use-hydrated';
import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { Notice } from '@/components/ui/notice';
import { analyzeBudget } from '@/domain/budget/analyze-budget';
import type { BudgetColumn, BudgetSheet } from '@/domain/budget/budget-sheet';
import { RulesPanel } from '../rules-panel';
import { parseKronor } from '@/domain/money/kronor';
import { messages } from '@/i18n/catalog';
import { AddLineForm } from './add-line-form';
import { BudgetGrid } from './budget-grid';
import { EditLineDialog } from './edit-line-dialog';
import { EditorContext, type CellPosition, type EditorApi } from './editor-context';
import { gridMove, nextCell } from './grid-keys';
import { initialTexts, liveLines, type CellTexts } from './live-sheet';
import { orderedLines } from './sheet-rows';
import { useCellSaver } from './use-cell-saver';
import { useLineOperations } from './use-line-operations';
import { Button } from '@/components/ui/button';

const schema = z.object({
  cells: z.record(
    z.string(),
    z.string().refine((text) => parseKronor(text) !== null, { message: messages().budgetEditor.invalidAmount }),
  ),
});

/** The budget sheet: amounts edited in place, totals and rules recomputed from what is typed. */
export function BudgetEditor({ sheet, readOnlyReason }: { sheet: BudgetSheet; readOnlyReason: string | null }) {
  const t = messages().budgetEditor;
  const editable = sheet.editable;
  const [lines, setLines] = useState(sheet.lines);
  const [active, setActive] = useState<CellPosition>({ row: 0, col: 0 });
  const gridRef = useRef<HTMLDivElement>(null);
  const hydrated = useHydrated();
  const form = useForm<{ cells: CellTexts }>({
    resolver: zodResolver(schema),
    mode: 'onChange',
    defaultValues: { cells: initialTexts(sheet.lines, sheet.columns) },
  });
  const texts = useWatch({ control: form.control, name: 'cells' });
  const live = useMemo(() => liveLines(lines, sheet.columns, texts ?? {}), [lines, sheet.columns, texts]);
  const analysis = useMemo(
    () => analyzeBudget({ lines: live, columns: sheet.columns, members: sheet.members, settings: sheet.settings }),
    [live, sheet.columns, sheet.members, sheet.settings],
  );
  const lineRow = useMemo(() => new Map(orderedLines(lines).map((line, index) => [line.id, index])), [lines]);
  const { status, commit, revert } = useCellSaver(sheet.associationSlug, form, lines, setLines);
  const ops = useLineOperations(sheet, form, setLines);

  const focusCell = useCallback((position: CellPosition) => {
    gridRef.current?.querySelector<HTMLInputElement>(`[data-cell="${position.row}:${position.col}"]`)?.focus();
  }, []);

  const onCellKey = useCallback(
    (event: KeyboardEvent<HTMLInputElement>, position: CellPosition, lineId: string, column: BudgetColumn) => {
      const input = event.currentTarget;
      const move = gridMove(event.key, event.shiftKey, {
        start: input.selectionStart,
        end: input.selectionEnd,
        length: input.value.length,
      });
      if (!move) return;
      const size = { rowCount: lineRow.size, colCount: sheet.columns.length };
      if (move.kind === 'revert') {
        event.preventDefault();
        revert(lineId, column.year);
        requestAnimationFrame(() => input.select());
        return;
      }
      if (move.kind === 'commitDown') {
        event.preventDefault();
        const below = nextCell(position, { rows: 1, cols: 0, wrap: false }, size);
        // Leaving the cell saves it (blur); on the last row there is nowhere to go, so save here.
        if (below && !form.getFieldState(`cells.${lineId}_${column.year}`).invalid) focusCell(below);
        else void commit(lineId, column);
        return;
      }
      const target = nextCell(position, move, size);
      if (!target) return;
      event.preventDefault();
      focusCell(target);
    },
    [commit, focusCell, form, lineRow.size, revert, sheet.columns.length],
  );

  const api: EditorApi = {
    sheet,
    editable,
    hydrated,
    form,
    lines,
    live,
    totals: analysis.totals,
    groups: analysis.groups,
    status,
    lineRow,
    active,
    setActive,
    commit,
    onCellKey,
    moveLine: ops.moveLine,
    editLine: ops.setEditing,
    busy: ops.busy,
  };

  return (
    <EditorContext value={api}>
      {readOnlyReason ? (
        <Notice tone="info" testId="budget-read-only">
          {readOnlyReason}
        </Notice>
      ) : null}
      {editable ? (
        <div className="mb-3 flex flex-wrap items-start justify-between gap-3">
          <p id="budget-grid-help" className="max-w-prose text-sm text-slate-600">
            {t.gridHelp}
          </p>
          <Button
            onClick={ops.fillFromState}
            disabled={ops.busy}
            title={t.fillFromStateHelp}
            variant="outline"
            data-testid="budget-fill-from-state"
          >
            {t.fillFromState}
          </Button>
        </div>
      ) : null}
      <p role="status" aria-live="polite" className="sr-only" data-testid="budget-announcement">
        {ops.announcement}
      </p>
      <div ref={gridRef} className="card overflow-x-auto p-3" data-testid="budget-editor" data-hydrated={hydrated}>
        <BudgetGrid />
      </div>
      {editable ? <AddLineForm onAdd={ops.addLine} /> : null}
      <RulesPanel analysis={analysis} />
      {ops.editing ? (
        <EditLineDialog
          key={ops.editing.id}
          line={ops.editing}
          onClose={() => ops.setEditing(null)}
          onSave={(values) => ops.saveEdit(ops.editing!, values)}
          onRemove={() => ops.removeLine(ops.editing!)}
        />
      ) : null}
    </EditorContext>
  );
}
