'use client';

import { useFormState } from 'react-hook-form';
import type { BudgetColumn, BudgetSheetLine } from '@/domain/budget/budget-sheet';
import { formatKronor } from '@/domain/money/kronor';
import { format, messages } from '@/i18n/catalog';
import { useEditor } from './editor-context';
import { cellKey } from './live-sheet';

export function columnHeading(column: BudgetColumn): string {
  return format(messages().areas.budget.columnHeading, {
    kind: messages().areas.amountKind[column.kind],
    year: column.year,
  });
}

/** An empty equity cell shows the equity rolled forward from the year before, greyed. */
function rolledForward(line: BudgetSheetLine, year: number, api: ReturnType<typeof useEditor>): string | undefined {
  if (line.category !== 'EQUITY') return undefined;
  const totals = api.totals.find((t) => t.year === year);
  return totals ? formatKronor(totals.openingEquity, { unit: false }) : undefined;
}

export function ReadOnlyAmount({ line, column }: { line: BudgetSheetLine; column: BudgetColumn }) {
  const api = useEditor();
  const cell = line.cells[column.year];
  if (cell) return <span data-testid="budget-amount">{formatKronor(cell.amount, { unit: false })}</span>;
  const carried = rolledForward(line, column.year, api);
  if (carried) return <span className="text-slate-500 italic">{carried}</span>;
  return (
    <>
      <span aria-hidden="true" className="text-slate-400">
        –
      </span>
      <span className="sr-only">{messages().areas.budget.noAmount}</span>
    </>
  );
}

export function AmountCell({ line, column, col }: { line: BudgetSheetLine; column: BudgetColumn; col: number }) {
  const api = useEditor();
  const t = messages().budgetEditor;
  const key = cellKey(line.id, column.year);
  const name = `cells.${key}` as const;
  const { errors } = useFormState({ control: api.form.control, name });
  const error = errors.cells?.[key]?.message;
  const status = api.status[key];
  const row = api.lineRow.get(line.id) ?? 0;
  const active = api.active.row === row && api.active.col === col;
  const message = error ?? (status?.kind === 'failed' || status?.kind === 'stale' ? status.message : null);
  const messageId = `cell-message-${key}`;
  const carried = rolledForward(line, column.year, api);
  const field = api.form.register(name, { onBlur: () => void api.commit(line.id, column) });

  return (
    <div className="flex flex-col items-end">
      <div className="flex items-center gap-1">
        <input
          {...field}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          aria-label={format(t.cellLabel, { line: line.name, column: columnHeading(column) })}
          aria-invalid={error ? true : undefined}
          aria-describedby={message ? messageId : undefined}
          tabIndex={active ? 0 : -1}
          data-cell={`${row}:${col}`}
          data-testid="budget-cell-input"
          placeholder={carried}
          onFocus={(event) => {
            api.setActive({ row, col });
            event.currentTarget.select();
          }}
          onKeyDown={(event) => api.onCellKey(event, { row, col }, line.id, column)}
          className={`w-24 rounded border bg-white px-1.5 py-0.5 text-right tabular-nums placeholder:text-slate-400 placeholder:italic focus:border-accent-700 ${
            error ? 'border-red-600 bg-red-50' : status?.kind === 'stale' ? 'border-amber-500' : 'border-slate-300'
          }`}
        />
        <span className="w-3 text-xs" data-testid="budget-cell-status" data-status={status?.kind ?? 'idle'}>
          {status?.kind === 'saving' ? (
            <span aria-hidden="true" className="text-slate-500" title={t.saving}>
              …
            </span>
          ) : status?.kind === 'saved' ? (
            <span aria-hidden="true" className="text-accent-700" title={t.saved}>
              ✓
            </span>
          ) : null}
          <span className="sr-only" role="status">
            {status?.kind === 'saving' ? t.saving : status?.kind === 'saved' ? t.saved : ''}
          </span>
        </span>
      </div>
      {message ? (
        <p
          id={messageId}
          data-testid={error ? 'budget-cell-error' : 'budget-cell-message'}
          className={`mt-1 max-w-40 text-right text-xs whitespace-normal ${error || status?.kind === 'failed' ? 'text-red-700' : 'text-amber-800'}`}
        >
          {message}
        </p>
      ) : null}
    </div>
  );
}
