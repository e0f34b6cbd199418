import type { ReactNode } from 'react';
import { EmptyState } from './empty-state';
import { ScrollRegion } from './scroll-region';

export interface DataColumn<T> {
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** The column that names the row: rendered as `<th scope="row">`. */
  rowHeader?: boolean;
  numeric?: boolean;
  /** Classes of the column's cells, and of its header unless `headerClassName` is given. */
  className?: string;
  headerClassName?: string;
  /** Classes for one cell by its row (added to `className`), for rows that differ (a note row, a total). */
  cellClassName?: (row: T) => string | undefined;
}

/**
 * The list pages' one table: a card with a captioned `.data-table` (column headers scoped), or an
 * empty state when there are no rows. Server-rendered; cells may hold links and badges.
 */
export function DataTable<T>({
  caption,
  captionVisible = false,
  columns,
  rows,
  rowKey,
  empty,
  testId,
  rowTestId,
  card = true,
  className,
  footer,
  totalRows,
}: {
  caption: string;
  captionVisible?: boolean;
  columns: readonly DataColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  empty?: { title: string; body: string; testId?: string };
  testId?: string;
  rowTestId?: string;
  /** Draw the table on a card (default); false for a table inside a card or section of its own. */
  card?: boolean;
  /** Extra classes on the scrolling region. */
  className?: string;
  /** Shown under the table, inside the same region (e.g. "no rows match the filter"). */
  footer?: ReactNode;
  /** Rows after the data rows in the body, written by hand (a total row). */
  totalRows?: ReactNode;
}) {
  if (rows.length === 0 && empty) return <EmptyState title={empty.title} body={empty.body} testId={empty.testId} />;
  return (
    <ScrollRegion label={caption} className={[card ? 'card' : '', className ?? ''].join(' ').trim()}>
      <table className="data-table" data-testid={testId}>
        <caption className={captionVisible ? 'mb-2 text-left font-semibold' : 'sr-only'}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th
                key={index}
                scope="col"
                className={
                  [column.numeric ? 'num' : '', column.headerClassName ?? column.className ?? ''].join(' ').trim() ||
                  undefined
                }
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} data-testid={rowTestId}>
              {columns.map((column, index) => {
                const className =
                  [column.numeric ? 'num' : '', column.className ?? '', column.cellClassName?.(row) ?? '']
                    .join(' ')
                    .trim() || undefined;
                return column.rowHeader ? (
                  // A row header is font-medium unless the column sets its own weight.
                  <th
                    key={index}
                    scope="row"
                    className={[className ?? '', /\bfont-/.test(className ?? '') ? '' : 'font-medium'].join(' ').trim()}
                  >
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={index} className={className}>
                    {column.cell(row)}
                  </td>
                );
              })}
            </tr>
          ))}
          {totalRows}
        </tbody>
      </table>
      {footer}
    </ScrollRegion>
  );
}
