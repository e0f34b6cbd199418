import type { Metadata } from 'next';
import Link from 'next/link';
import { BarChart } from '@/components/results/bar-chart';
import { GoalOutcomeBadge } from '@/components/results/goal-outcome-badge';
import { IndicatorForm } from '@/components/results/indicator-form';
import { SocioSettingsForm } from '@/components/results/socio-settings-form';
import { StatsForm } from '@/components/results/stats-form';
import { StatsImportForm } from '@/components/results/stats-import-form';
import { PlanYearPicker } from '@/components/shell/plan-year-picker';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { may } from '@/domain/authz/permissions';
import { calendarDateIn } from '@/domain/calendar/local-date';
import { formatKronor } from '@/domain/money/kronor';
import { parseYearParam } from '@/domain/plan/choose-plan-year';
import type { AggregateStats } from '@/domain/results/aggregate';
import { outcomeDetail, targetText } from '@/domain/results/describe';
import { ageBandLabels } from '@/domain/results/periods';
import { COUNT_FIELDS, ENDED_REASONS, type CountField } from '@/domain/results/types';
import { format, messages } from '@/i18n/catalog';
import { requireAssociationAccess } from '@/server/authz/require-association-access';
import { getResults } from '@/server/results/page-readers/get-results';

export const metadata: Metadata = { title: messages().results.title };

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ ar?: string | string[]; insats?: string | string[] }>;
}

const ROWS: CountField[] = ['activeCount', 'newCount', 'endedCount', ...ENDED_REASONS, 'stepMovement', 'women', 'men', 'otherOrUnknown'];

function periodHeader(kind: 'MONTH' | 'QUARTER' | 'YEAR', period: number, year: number): string {
  const t = messages().results;
  if (kind === 'MONTH') return format(t.periodLabel.MONTH, { name: t.months[period - 1]!, year });
  return format(t.periodLabel[kind], { period, year });
}

export default async function ResultsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { association, roles } = await requireAssociationAccess(slug, 'reports.read');
  const query = await searchParams;
  const t = messages().results;
  const year = parseYearParam(query.ar) ?? calendarDateIn(new Date()).year;
  const interventionId = typeof query.insats === 'string' ? query.insats : null;
  const view = await getResults(association.id, { year, interventionId });
  const base = `/forbund/${encodeURIComponent(association.slug)}/resultat`;
  const editable = may(roles, 'results.edit');
  const bands = ageBandLabels(view.settings.ageBandLimits);

  const header = (
    <PageHeader title={t.title} lead={t.lead}>
      <div className="flex flex-col items-end gap-2">
        <PlanYearPicker basePath={base} years={view.years} current={year} />
        <Link href={`${base}/mal?ar=${year}`} className="text-sm font-semibold">
          {format(t.goals.title, { year })} →
        </Link>
      </div>
    </PageHeader>
  );
  if (!view.intervention) {
    return (
      <>
        {header}
        <EmptyState title={t.noInterventions} body={t.lead} />
      </>
    );
  }
  const intervention = view.intervention;
  const value = (stats: AggregateStats | null, field: CountField) => {
    const v = stats?.[field as keyof AggregateStats];
    return typeof v === 'number' ? v : '–';
  };

  return (
    <>
      {header}
      <nav aria-label={t.intervention} className="mb-6">
        <ul className="flex flex-wrap gap-2 text-sm" data-testid="intervention-picker">
          {view.interventions.map((i) => (
            <li key={i.id}>
              <Link
                href={`${base}?ar=${year}&insats=${i.id}`}
                aria-current={i.id === intervention.id ? 'page' : undefined}
                className={`inline-block rounded px-2 py-1 no-underline ${i.id === intervention.id ? 'bg-accent-700 font-semibold text-white hover:text-white' : 'bg-slate-100 text-accent-800 hover:bg-slate-200'}`}
              >
                {i.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      {view.measuredGoals.length > 0 ? (
        <section aria-labelledby="measured-goals-title" className="card mb-8">
          <h2 id="measured-goals-title" className="mb-2 text-base font-semibold">
            {format(t.goals.title, { year })}
          </h2>
          <ul className="divide-y divide-slate-100" data-testid="measured-goals">
            {view.measuredGoals.map((goal) => (
              <li key={goal.goalId} className="flex flex-wrap items-center justify-between gap-2 py-2" data-goal={goal.text}>
                <span className="max-w-prose text-sm">{goal.text}</span>
                <span className="flex items-center gap-2 text-sm text-slate-700">
                  <span>
                    {targetText(goal)} · {outcomeDetail(goal)}
                  </span>
                  <GoalOutcomeBadge outcome={goal.outcome} testId="goal-outcome" />
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

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
            series={[{ key: 'dottedBlue', label: t.socio.personsToWork, values: view.perIntervention.map((i) => (i.workShare === null ? null : Math.round(Number(i.workShare)))) }]}
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
                slug={association.slug}
                interventionId={intervention.id}
                year={year}
                ageBands={bands}
                stored={view.rows.map((row) => ({
                  periodKind: row.periodKind,
                  period: row.period,
                  version: row.version,
                  values: { ...(Object.fromEntries(COUNT_FIELDS.map((f) => [f, row[f]])) as Record<CountField, number>), ageBandCounts: row.ageBandCounts, note: row.note },
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
              <StatsImportForm slug={association.slug} />
            </section>
          </div>
        ) : null}
      </section>

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
                    <td className="num">{row.answers > 0 ? `${Math.round((row.agreeing * 100) / row.answers)} %` : '–'}</td>
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
            <IndicatorForm key={`${intervention.id}-${year}`} slug={association.slug} interventionId={intervention.id} year={year} suggestions={view.goalQuestions} stored={view.indicators} />
          </section>
        ) : null}
      </section>

      <section aria-labelledby="socio-title" className="mb-10">
        <h2 id="socio-title" className="mb-1 text-xl font-semibold">
          {t.socio.title}
        </h2>
        <p className="mb-3 max-w-prose rounded border-l-4 border-amber-400 bg-amber-50 px-3 py-2 text-sm" data-testid="socio-model-note">
          {t.socio.model}
        </p>
        <div className="card overflow-x-auto">
          <table className="data-table" data-testid="socio-table">
            <caption className="sr-only">{t.socio.title}</caption>
            <thead>
              <tr>
                <th scope="col">{t.intervention}</th>
                <th scope="col" className="num">
                  {t.socio.personsToWork}
                </th>
                <th scope="col" className="num">
                  {t.socio.title}
                </th>
              </tr>
            </thead>
            <tbody>
              {view.perIntervention.map((i) => (
                <tr key={i.id}>
                  <th scope="row" className="font-normal">
                    {i.name}
                  </th>
                  <td className="num">{i.toWork}</td>
                  <td className="num">{formatKronor(i.effect)}</td>
                </tr>
              ))}
              <tr className="font-semibold">
                <th scope="row">{t.socio.total}</th>
                <td className="num">{view.totalToWork}</td>
                <td className="num" data-testid="socio-total">
                  {formatKronor(view.totalEffect)}
                </td>
              </tr>
            </tbody>
          </table>
          <p className="mt-2 text-sm" data-testid="socio-formula">
            {format(t.socio.formula, { persons: view.totalToWork, monthly: formatKronor(view.settings.monthly), months: view.settings.months, effect: formatKronor(view.totalEffect) })}
          </p>
        </div>
        {editable ? (
          <div className="card mt-4 max-w-2xl">
            <SocioSettingsForm
              slug={association.slug}
              initial={{ version: view.settings.version, monthly: formatKronor(view.settings.monthly, { unit: false }), months: String(view.settings.months), ageBandLimits: view.settings.ageBandLimits.join(', ') }}
            />
          </div>
        ) : (
          <p className="mt-2 text-sm text-slate-600">{t.socio.monthlyParts}</p>
        )}
      </section>

      <section aria-labelledby="goals-chart-title" className="mb-10">
        <h2 id="goals-chart-title" className="sr-only">
          {t.charts.goalsTitle}
        </h2>
        <BarChart
          id="goals-chart"
          title={t.charts.goalsTitle}
          description={t.charts.goalsDesc}
          categoryHeader={t.year}
          stacked
          categories={view.goalsPerYear.map((g) => String(g.year))}
          series={[
            { key: 'solidDark', label: t.goals.outcomeLabel.MET, values: view.goalsPerYear.map((g) => g.met) },
            { key: 'hatchedOrange', label: t.goals.outcomeLabel.NOT_MET, values: view.goalsPerYear.map((g) => g.notMet) },
            { key: 'dottedBlue', label: t.goals.outcomeLabel.NOT_MEASURABLE_YET, values: view.goalsPerYear.map((g) => g.open) },
          ]}
        />
      </section>
    </>
  );
}
