import { BarChart } from '@/components/results/bar-chart';
import { StatsForm } from '@/components/results/stats-form';
import { StatsImportForm } from '@/components/results/stats-import-form';
import type { AggregateStats } from '@/domain/results/aggregate';
import { COUNT_FIELDS, ENDED_REASONS, type CountField } from '@/domain/results/types';
import { format, messages } from '@/i18n/catalog';
import type { ResultsView } from '@/server/results/page-readers/get-results';

const ROWS: CountField[] = [
  'activeCount',
  'newCount',
  'endedCount',
  ...ENDED_REASONS,
  'stepMovement',
  'women',
  'men',
  'otherOrUnknown',
];

function periodHeader(kind: 'MONTH' | 'QUARTER' | 'YEAR', period: number, year: number): string {
  const t = messages().results;
  if (kind === 'MONTH') return format(t.periodLabel.MONTH, { name: t.months[period - 1]!, year });
  return format(t.periodLabel[kind], { period, year });
}

function value(stats: AggregateStats | null, field: CountField) {
  const v = stats?.[field as keyof AggregateStats];
  return typeof v === 'number' ? v : '–';
}

/** The intervention's participant statistics per period and for the year, the two charts, and (for editors) entry and import. */
export function StatsSection({
  view,
  year,
  base,
  slug,
  intervention,
  bands,
  editable,
}: {
  view: ResultsView;
  year: number;
  base: string;
  slug: string;
  intervention: { id: string; name: string };
  bands: string[];
  editable: boolean;
}) {
  const t = messages().results;
  return (
    <section aria-labelledby="stats-title" className="mb-10">
      <h2 id="stats-title" className="mb-3 text-xl font-semibold">
        {t.stats.title}: {intervention.name}
      </h2>
      {view.rows.length === 0 ? (
        <p className="text-slate-600" data-testid="stats-empty">
          {t.stats.empty}
        </p>
      ) : (
        <div className="card overflow-x-auto">
          <table className="data-table" data-testid="stats-table">
            <caption className="sr-only">{format(t.stats.caption, { name: intervention.name, year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t.columns.period}</th>
                {view.rows.map((row) => (
                  <th key={row.id} scope="col" className="num">
                    {periodHeader(row.periodKind, row.period, year)}
                  </th>
                ))}
                <th scope="col" className="num">
                  {t.stats.yearTotal}
                </th>
              </tr>
            </thead>
            <tbody>
              {ROWS.map((field) => (
                <tr key={field} data-field={field}>
                  <th scope="row" className="font-normal">
                    {t.columns[field]}
                  </th>
                  {view.rows.map((row) => (
                    <td key={row.id} className="num">
                      {row[field]}
                    </td>
                  ))}
                  <td className="num font-semibold">{value(view.yearTotal, field)}</td>
                </tr>
              ))}
              {bands.map((band, i) => (
                <tr key={band}>
                  <th scope="row" className="font-normal">
                    {format(t.columns.ageBand, { band })}
                  </th>
                  {view.rows.map((row) => (
                    <td key={row.id} className="num">
                      {row.ageBandCounts[i] ?? '–'}
                    </td>
                  ))}
                  <td className="num">{view.yearTotal?.ageBandCounts?.[i] ?? '–'}</td>
                </tr>
              ))}
              <tr>
                <th scope="row" className="font-normal">
                  {t.columns.note}
                </th>
                {view.rows.map((row) => (
                  <td key={row.id} className="text-sm text-slate-700">
                    {row.note}
                  </td>
                ))}
                <td />
              </tr>
            </tbody>
          </table>
          <p className="mt-2 text-xs text-slate-600">{t.stats.yearTotalNote}</p>
        </div>
      )}

      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <BarChart
          id="participants-chart"
          title={t.charts.participantsTitle}
          description={t.charts.participantsDesc}
          categoryHeader={t.charts.period}
          categories={[1, 2, 3, 4].map((q) => `K${q} ${year}`)}
          series={[
            { key: 'solidDark', label: t.charts.active, values: view.quarters.map((q) => q?.activeCount ?? null) },
            { key: 'hatchedOrange', label: t.charts.newPeople, values: view.quarters.map((q) => q?.newCount ?? null) },
          ]}
        />
        <BarChart
          id="work-share-chart"
          title={t.charts.workShareTitle}
          description={t.charts.workShareDesc}
          categoryHeader={t.intervention}
          unit="%"
          categories={view.perIntervention.map((i) => i.name)}
          series={[
            {
              key: 'dottedBlue',
              label: t.socio.personsToWork,
              values: view.perIntervention.map((i) => (i.workShare === null ? null : Math.round(Number(i.workShare)))),
            },
          ]}
        />
      </div>

      {editable ? (
        <div className="mt-6 grid gap-6 lg:grid-cols-2">
          <section className="card" aria-labelledby="stats-form-title">
            <h3 id="stats-form-title" className="mb-3 text-base font-semibold">
              {t.stats.formTitle}
            </h3>
            <StatsForm
              key={`${intervention.id}-${year}`}
              slug={slug}
              interventionId={intervention.id}
              year={year}
              ageBands={bands}
              stored={view.rows.map((row) => ({
                periodKind: row.periodKind,
                period: row.period,
                version: row.version,
                values: {
                  ...(Object.fromEntries(COUNT_FIELDS.map((f) => [f, row[f]])) as Record<CountField, number>),
                  ageBandCounts: row.ageBandCounts,
                  note: row.note,
                },
              }))}
            />
          </section>
          <section className="card" aria-labelledby="stats-import-title">
            <h3 id="stats-import-title" className="text-base font-semibold">
              {t.import.title}
            </h3>
            <p className="mb-3 text-sm text-slate-600">{t.import.lead}</p>
            <p className="mb-3 flex gap-3 text-sm">
              <a href={`${base}/mall.xlsx?ar=${year}`} download>
                {t.import.templateXlsx}
              </a>
              <a href={`${base}/mall.csv?ar=${year}`} download>
                {t.import.templateCsv}
              </a>
            </p>
            <StatsImportForm slug={slug} />
          </section>
        </div>
      ) : null}
    </section>
  );
}
