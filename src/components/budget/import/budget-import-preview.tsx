import { formatKronor } from '@/domain/money/kronor';
import { format, messages } from '@/i18n/catalog';
import type { BudgetImportPreview } from '@/server/budget/budget-import-preview';

const th = 'px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600';
const td = 'px-3 py-1.5 text-sm';

/** The file as it would be imported: errors first, then the lines per group and the Summa check. */
export function BudgetImportPreviewView({ preview }: { preview: BudgetImportPreview }) {
  const t = messages().budgetImport;
  const areas = messages().areas;
  const kr = (text: string) => formatKronor(text);

  if (preview.fileError || preview.errors.length > 0) {
    return (
      <section
        className="rounded-md border-l-4 border-red-500 bg-red-50 px-4 py-3 text-red-950"
        role="alert"
        data-testid="budget-import-errors"
      >
        <h2 className="font-semibold">{t.errorsTitle}</h2>
        <p className="mt-1 text-sm">{t.errorsLead}</p>
        <ul className="mt-2 list-disc pl-5 text-sm">
          {preview.fileError ? <li>{preview.fileError}</li> : null}
          {preview.errors.map((e) => (
            <li key={`${e.row}:${e.column}:${e.code}`}>
              {format(t.errorAt, { row: e.row, column: e.column, message: e.message })}
            </li>
          ))}
        </ul>
      </section>
    );
  }

  const { sums } = preview;
  return (
    <section className="space-y-6" data-testid="budget-import-preview">
      <div>
        <h2 className="text-lg font-semibold">{t.previewTitle}</h2>
        <p className="text-sm text-slate-700">{format(t.linesToCreate, { count: preview.lines.length })}</p>
      </div>
      <div className="overflow-x-auto rounded-md border border-slate-200 bg-white">
        <table className="min-w-full divide-y divide-slate-200">
          <thead className="bg-slate-50">
            <tr>
              <th className={th}>{t.columnLine}</th>
              <th className={th}>{t.columnGroup}</th>
              {preview.columns.map((c) => (
                <th key={`${c.kind}:${c.year}`} className={`${th} text-right`}>
                  {format(areas.budget.columnHeading, { kind: areas.amountKind[c.kind], year: c.year })}
                  {c.storedKind !== c.kind ? (
                    <span className="block font-normal normal-case">
                      {format(t.storedAs, { kind: areas.amountKind[c.storedKind].toLowerCase() })}
                    </span>
                  ) : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {preview.lines.map((line) => (
              <tr key={line.row}>
                <td className={td}>
                  {line.name}
                  {line.outsideTotal ? <span className="ml-2 text-xs text-slate-500">({t.outsideTotal})</span> : null}
                </td>
                <td className={`${td} text-slate-600`}>{areas.budgetCategory[line.category]}</td>
                {preview.columns.map((c) => {
                  const amount = line.amounts[`${c.kind}:${c.year}`];
                  return (
                    <td key={`${c.kind}:${c.year}`} className={`${td} text-right whitespace-nowrap tabular-nums`}>
                      {amount === undefined ? t.noAmount : kr(amount)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div data-testid="budget-import-sums">
        <h3 className="font-semibold">{t.sumsTitle}</h3>
        <p className="text-sm text-slate-600">{t.sumsLead}</p>
        {sums.mismatches.length === 0 && sums.notChecked.length === 0 ? (
          <p className="mt-2 text-sm text-emerald-800">{format(t.sumsAllMatch, { count: sums.matched })}</p>
        ) : (
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
            {sums.mismatches.map((m) => (
              <li key={`${m.row}:${m.column}`} className="text-amber-900">
                {format(t.mismatch, {
                  name: m.name,
                  year: m.year,
                  printed: kr(m.printed),
                  computed: kr(m.computed),
                  row: m.row,
                  column: m.column,
                })}
              </li>
            ))}
            {sums.notChecked.map((n) => (
              <li key={`${n.row}:${n.column ?? 'row'}`} className="text-slate-700">
                {n.reason === 'UNKNOWN_NAME'
                  ? format(t.notCheckedName, { name: n.name, row: n.row })
                  : format(t.notCheckedFormula, {
                      name: n.name,
                      year: n.year ?? '',
                      row: n.row,
                      column: n.column ?? '',
                    })}
              </li>
            ))}
            {sums.matched > 0 ? (
              <li className="text-slate-700">{format(t.sumsMatched, { count: sums.matched })}</li>
            ) : null}
          </ul>
        )}
      </div>
    </section>
  );
}
