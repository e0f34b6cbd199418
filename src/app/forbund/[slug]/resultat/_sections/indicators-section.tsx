import { DataTable } from '@/components/ui/data-table';
import { IndicatorForm } from '@/components/results/indicator-form';
import { format, messages } from '@/i18n/catalog';
import type { ResultsView } from '@/server/results/page-readers/get-results';

/** The indicator survey's answers for the intervention and year, and (for editors) the form. */
export function IndicatorsSection({
  view,
  year,
  slug,
  intervention,
  editable,
}: {
  view: ResultsView;
  year: number;
  slug: string;
  intervention: { id: string; name: string };
  editable: boolean;
}) {
  const t = messages().results;
  return (
    <section aria-labelledby="indicators-title" className="mb-10">
      <h2 id="indicators-title" className="mb-1 text-xl font-semibold">
        {t.indicators.title}
      </h2>
      <p className="mb-3 text-sm text-slate-600">{t.indicators.lead}</p>
      {view.indicators.length === 0 ? (
        <p className="text-slate-600">{t.indicators.empty}</p>
      ) : (
        <DataTable
          caption={format(t.indicators.caption, { name: intervention.name, year })}
          testId="indicators-table"
          rows={view.indicators}
          rowKey={(row) => row.id}
          columns={[
            {
              header: t.indicators.question,
              rowHeader: true,
              cellClassName: () => 'font-normal',
              cell: (row) => row.question,
            },
            { header: t.indicators.answers, numeric: true, cell: (row) => row.answers },
            { header: t.indicators.agreeing, numeric: true, cell: (row) => row.agreeing },
            {
              header: t.indicators.share,
              numeric: true,
              cell: (row) => (row.answers > 0 ? `${Math.round((row.agreeing * 100) / row.answers)} %` : '–'),
            },
            { header: t.indicators.note, cellClassName: () => 'text-sm text-slate-700', cell: (row) => row.note },
          ]}
        />
      )}
      {editable ? (
        <section className="card mt-4 max-w-2xl" aria-labelledby="indicator-form-title">
          <h3 id="indicator-form-title" className="mb-3 text-base font-semibold">
            {t.indicators.formTitle}
          </h3>
          <IndicatorForm
            key={`${intervention.id}-${year}`}
            slug={slug}
            interventionId={intervention.id}
            year={year}
            suggestions={view.goalQuestions}
            stored={view.indicators}
          />
        </section>
      ) : null}
    </section>
  );
}
