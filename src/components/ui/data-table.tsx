import type { ReactNode } from 'react';
import { EmptyState } from './empty-state';
import { ScrollRegion } from './scroll-region';

export interface DataColumn<T> {
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** The column that names the row: rendered as `<th scope="row">`. */
  rowHeader?: boolean;
  numeric?: boolean;
  className?: string;
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
}: {
  caption: string;
  captionVisible?: boolean;
  columns: readonly DataColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  empty?: { title: string; body: string; testId?: string };
  testId?: string;
  rowTestId?: string;
}) {
  if (rows.length === 0 && empty) return <EmptyState title={empty.title} body={empty.body} testId={empty.testId} />;
  return (
    <ScrollRegion label={caption} className="card">
      <table className="data-table" data-testid={testId}>
        <caption className={captionVisible ? 'mb-2 text-left font-semibold' : 'sr-only'}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col" className={[column.numeric ? 'num' : '', column.className ?? ''].join(' ').trim() || undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} data-testid={rowTestId}>
              {columns.map((column, index) => {
                const className = [column.numeric ? 'num' : '', column.className ?? ''].join(' ').trim() || undefined;
                return column.rowHeader ? (
                  <th key={index} scope="row" className={[className ?? '', 'font-medium'].join(' ').trim()}>
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
        </tbody>
      </table>
    </ScrollRegion>
  );
}
