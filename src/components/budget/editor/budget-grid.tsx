'use client';

import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { BudgetColumn } from '@/domain/budget/budget-sheet';
import { formatKronor } from '@/domain/money/kronor';
import { format, messages } from '@/i18n/catalog';
import { AmountCell, columnHeading, ReadOnlyAmount } from './amount-cell';
import { useEditor } from './editor-context';
import { LineActions } from './line-actions';
import { LineName } from './line-name';
import { sheetRows, sumFor, type SheetRow } from './sheet-rows';

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, SheetRow>();

function SumAmount({ row, column }: { row: Extract<SheetRow, { kind: 'sum' }>; column: BudgetColumn }) {
  const api = useEditor();
  const totals = api.totals.find((t) => t.year === column.year);
  if (!totals) return null;
  const amount = sumFor(row.sum, totals, api.groups);
  return <span data-testid={`budget-sum-${row.sum}-${column.year}`}>{formatKronor(amount, { unit: false })}</span>;
}

function YearCell({ row, column, col }: { row: SheetRow; column: BudgetColumn; col: number }) {
  const api = useEditor();
  if (row.kind === 'sum') return <SumAmount row={row} column={column} />;
  if (row.kind !== 'line') return null;
  const line = api.live.find((l) => l.id === row.id) ?? row.line;
  return api.editable && api.hydrated ? (
    <AmountCell line={row.line} column={column} col={col} />
  ) : (
    <ReadOnlyAmount line={line} column={column} />
  );
}

function buildColumns(columns: readonly BudgetColumn[], editable: boolean) {
  const t = messages().budgetEditor;
  return helper.columns([
    helper.display({ id: 'line', header: t.lineColumn, cell: ({ row }) => <LineName row={row.original} /> }),
    ...columns.map((column, col) =>
      helper.display({
        id: `year-${column.year}`,
        header: columnHeading(column),
        cell: ({ row }) => <YearCell row={row.original} column={column} col={col} />,
      }),
    ),
    ...(editable
      ? [
          helper.display({
            id: 'actions',
            header: t.actionsColumn,
            cell: ({ row }) => <LineActions row={row.original} />,
          }),
        ]
      : []),
  ]);
}

/** The budget as a grid: one row per line with its group headings and sums, one column per year. */
export function BudgetGrid() {
  const api = useEditor();
  const t = messages().budgetEditor;
  const { columns: sheetColumns } = api.sheet;
  const columns = useMemo(() => buildColumns(sheetColumns, api.editable), [sheetColumns, api.editable]);
  const data = useMemo(() => sheetRows(api.lines), [api.lines]);
  const table = useTable({ features, columns, data, getRowId: (row) => row.id });
  const span = columns.length;

  return (
    <table
      className="data-table budget-grid"
      data-testid="budget-grid"
      aria-describedby={api.editable ? 'budget-grid-help' : undefined}
    >
      <caption>{format(t.gridLabel, { title: api.sheet.planTitle })}</caption>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => (
              <th
                key={header.id}
                scope="col"
                className={
                  header.column.id.startsWith('year-')
                    ? 'num px-1.5'
                    : header.column.id === 'line'
                      ? 'min-w-48'
                      : 'px-1.5'
                }
              >
                <table.FlexRender header={header} />
              </th>
            ))}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row) => {
          const original = row.original;
          if (original.kind === 'heading') {
            return (
              <tr key={row.id} className="group-heading" data-testid={`budget-group-${original.group}`}>
                <th scope="colgroup" colSpan={span}>
                  {messages().budgetRules.groups[original.group]}
                </th>
              </tr>
            );
          }
          const className = original.kind === 'sum' ? original.level : undefined;
          return (
            <tr
              key={row.id}
              className={className}
              data-testid={original.kind === 'line' ? 'budget-line' : `budget-sum-${original.sum}`}
            >
              {row.getAllCells().map((cell) =>
                cell.column.id === 'line' ? (
                  <th key={cell.id} scope="row" className={original.kind === 'line' ? 'font-normal' : undefined}>
                    <table.FlexRender cell={cell} />
                  </th>
                ) : (
                  <td
                    key={cell.id}
                    className={cell.column.id.startsWith('year-') ? 'num px-1.5' : 'px-1.5 whitespace-nowrap'}
                  >
                    <table.FlexRender cell={cell} />
                  </td>
                ),
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
