import { ScrollRegion } from '@/components/ui/scroll-region';
import { messages } from '@/i18n/catalog';
import { cellText, isKronorCell, type ReportTable } from '@/domain/report-table/report-table';

/** A report table on the page, as it is exported: exceptions shaded and named for screen readers. */
export function ReportTableView({ report, testId }: { report: ReportTable; testId?: string }) {
  const t = messages().auditDesk;
  return (
    <ScrollRegion label={report.title}>
      <table className="data-table" data-testid={testId}>
        <caption className="sr-only">{report.title}</caption>
        <thead>
          <tr>
            {report.columns.map((column, i) => (
              <th key={i} scope="col" className={column.align === 'right' ? 'num' : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.rows.length === 0 ? (
            <tr>
              <td colSpan={report.columns.length} className="text-slate-600 italic" data-testid="report-empty">
                {report.emptyText}
              </td>
            </tr>
          ) : (
            report.rows.map((row, r) => (
              <tr
                key={r}
                className={`${row.highlight ? 'bg-amber-100' : ''} ${row.bold ? 'font-semibold' : ''}`}
                data-testid="report-row"
                data-exception={row.highlight ? 'true' : undefined}
              >
                {row.cells.map((cell, i) =>
                  i === 0 ? (
                    <th key={i} scope="row" className="font-normal">
                      {row.highlight ? <span className="sr-only">{t.table.exception}: </span> : null}
                      {cellText(cell)}
                    </th>
                  ) : (
                    <td
                      key={i}
                      className={
                        isKronorCell(cell) || report.columns[i]?.align === 'right' ? 'num whitespace-nowrap' : undefined
                      }
                    >
                      {cellText(cell)}
                    </td>
                  ),
                )}
              </tr>
            ))
          )}
        </tbody>
      </table>
      {report.notes?.map((note, i) => (
        <p key={i} className="mt-2 max-w-prose text-sm text-slate-600">
          {note}
        </p>
      ))}
    </ScrollRegion>
  );
}
