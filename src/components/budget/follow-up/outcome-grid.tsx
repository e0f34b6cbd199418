import { ScrollRegion } from '@/components/ui/scroll-region';
import { formatKronor } from '@/domain/money/kronor';
import { format, messages } from '@/i18n/catalog';
import type { OutcomeGridLine } from '@/server/budget/page-readers/get-follow-up';
import { OutcomeCell } from './outcome-cell';

/** The monthly outcome per line; for those who may edit, each cell is its own small form (Tab moves on, Enter saves). */
export function OutcomeGrid({
  slug,
  year,
  lines,
  editable,
}: {
  slug: string;
  year: number;
  lines: OutcomeGridLine[];
  editable: boolean;
}) {
  const t = messages().budgetFollowUp;
  const texts = { saved: t.saved, invalidAmount: t.invalidAmount };
  return (
    <section aria-labelledby="outcome-grid-title" className={editable ? 'print:hidden' : undefined}>
      <h2 id="outcome-grid-title" className="text-lg font-semibold">
        {t.gridTitle}
      </h2>
      <p className="mt-1 mb-3 text-sm text-slate-600">{editable ? t.gridLead : t.readOnly}</p>
      <ScrollRegion label={t.gridTitle}>
        <table className="data-table" data-testid="outcome-grid">
          <caption className="sr-only">{format(t.gridCaption, { year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t.line}</th>
              {t.monthsShort.map((month) => (
                <th key={month} scope="col" className="num">
                  {month}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.lineId}>
                <th scope="row" className="font-normal whitespace-nowrap">
                  {line.name}
                </th>
                {t.months.map((monthName, index) => {
                  const cell = line.cells[index + 1];
                  return (
                    <td key={monthName} className="num">
                      {!editable ? (
                        cell ? (
                          formatKronor(cell.amount, { unit: false })
                        ) : (
                          ''
                        )
                      ) : (
                        <OutcomeCell
                          slug={slug}
                          lineId={line.lineId}
                          month={index + 1}
                          label={format(t.cellLabel, { line: line.name, month: monthName })}
                          amount={cell?.amount ?? null}
                          version={cell?.version ?? null}
                          texts={texts}
                        />
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
