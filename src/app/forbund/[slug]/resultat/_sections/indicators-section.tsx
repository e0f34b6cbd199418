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
        <div className="card overflow-x-auto">
          <table className="data-table" data-testid="indicators-table">
            <caption className="sr-only">{format(t.indicators.caption, { name: intervention.name, year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t.indicators.question}</th>
                <th scope="col" className="num">
                  {t.indicators.answers}
                </th>
                <th scope="col" className="num">
                  {t.indicators.agreeing}
                </th>
                <th scope="col" className="num">
                  {t.indicators.share}
                </th>
                <th scope="col">{t.indicators.note}</th>
              </tr>
            </thead>
            <tbody>
              {view.indicators.map((row) => (
                <tr key={row.id}>
                  <th scope="row" className="font-normal">
                    {row.question}
                  </th>
                  <td className="num">{row.answers}</td>
                  <td className="num">{row.agreeing}</td>
                  <td className="num">
                    {row.answers > 0 ? `${Math.round((row.agreeing * 100) / row.answers)} %` : '–'}
                  </td>
                  <td className="text-sm text-slate-700">{row.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
