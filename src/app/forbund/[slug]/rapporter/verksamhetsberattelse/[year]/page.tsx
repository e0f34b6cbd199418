import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { MarkdownView } from '@/components/markdown/markdown-view';
import { GoalOutcomeBadge } from '@/components/results/goal-outcome-badge';
import { NarrativeForm } from '@/components/results/narrative-form';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { may } from '@/domain/authz/permissions';
import { formatKronor, type Kronor } from '@/domain/money/kronor';
import { parseYearParam } from '@/domain/plan/choose-plan-year';
import { outcomeDetail, targetText } from '@/domain/results/describe';
import { format, messages } from '@/i18n/catalog';
import { formatLongDate } from '@/i18n/dates';
import { requireAssociationAccess } from '@/server/authz/require-association-access';
import { buildAnnualReport } from '@/server/results/build-annual-report';
import { buttonClass } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';

export const metadata: Metadata = { title: messages().results.report.listTitle };

export default async function AnnualReportPage({ params }: { params: Promise<{ slug: string; year: string }> }) {
  const { slug, year: yearText } = await params;
  const year = parseYearParam(yearText);
  if (year === null) notFound();
  const { association, roles, person } = await requireAssociationAccess(slug, 'reports.read');
  const data = await buildAnnualReport({ associationId: association.id, year }, { personId: person.id });
  const t = messages().results;
  const r = t.report;
  const fr = messages().followUpReport;
  const base = `/forbund/${encodeURIComponent(association.slug)}/rapporter/verksamhetsberattelse/${year}`;
  const editable = may(roles, 'annualReport.edit');
  const counts = {
    met: data.goals.filter((g) => g.outcome === 'MET').length,
    notMet: data.goals.filter((g) => g.outcome === 'NOT_MET').length,
    open: data.goals.filter((g) => g.outcome === 'NOT_MEASURABLE_YET').length,
  };
  const narrative = (part: 'introduction' | 'reflections' | 'nextYear') =>
    data.narrative[part] ? (
      <MarkdownView markdown={data.narrative[part]} className="prose-plan" />
    ) : (
      <p className="text-sm text-slate-500 print:hidden">{r.narrativeEmpty}</p>
    );
  const money = (value: Kronor) => formatKronor(value);

  return (
    <article data-testid="annual-report">
      <PageHeader title={format(r.title, { year })} lead={association.name}>
        <a
          href={`${base}/verksamhetsberattelse.pdf`}
          download
          className={buttonClass({ className: 'no-underline hover:text-white print:hidden' })}
        >
          {r.pdf}
        </a>
      </PageHeader>
      {data.preliminary ? (
        <Notice tone="warning" title={r.preliminary} testId="report-preliminary">
          {r.preliminaryNote}
        </Notice>
      ) : null}

      <section className="mb-8" aria-labelledby="r-intro">
        <h2 id="r-intro" className="mb-2 text-xl font-semibold">
          {r.narrative.introduction}
        </h2>
        {narrative('introduction')}
      </section>

      <section className="mb-8" aria-labelledby="r-planned">
        <h2 id="r-planned" className="mb-2 text-xl font-semibold">
          {r.planned}
        </h2>
        {data.plan ? (
          <>
            <p>
              {format(r.plannedLead, {
                plan: data.plan.title,
                date: data.plan.adoptedAt ? formatLongDate(data.plan.adoptedAt) : '–',
              })}
            </p>
            <ul className="mt-2 list-disc pl-6">
              {data.plan.focusAreas.map((area) => (
                <li key={area}>{area}</li>
              ))}
            </ul>
          </>
        ) : (
          <p>{r.plannedNotAdopted}</p>
        )}
      </section>

      <section className="mb-8" aria-labelledby="r-done">
        <h2 id="r-done" className="mb-2 text-xl font-semibold">
          {r.done}
        </h2>
        <DataTable
          caption={r.interventions}
          captionVisible
          card={false}
          rows={data.interventions}
          rowKey={(i) => i.name}
          columns={[
            {
              header: t.intervention,
              rowHeader: true,
              className: 'font-normal',
              headerClassName: '',
              cell: (i) => i.name,
            },
            { header: t.columns.activeCount, numeric: true, cell: (i) => i.stats?.activeCount ?? '–' },
            { header: t.columns.newCount, numeric: true, cell: (i) => i.stats?.newCount ?? '–' },
            { header: t.columns.endedCount, numeric: true, cell: (i) => i.stats?.endedCount ?? '–' },
            {
              header: t.socio.personsToWork,
              numeric: true,
              cell: (i) => (
                <>
                  {i.toWork}
                  {i.workShare ? ` (${Math.round(Number(i.workShare))} %)` : ''}
                </>
              ),
            },
          ]}
        />
        {data.indicators.length > 0 ? (
          <>
            <h3 className="mt-4 font-semibold">{r.indicators}</h3>
            <ul className="mt-1 list-disc pl-6">
              {data.indicators.map((i) => (
                <li key={i.question}>
                  {i.question}: {i.share ?? '–'} % {t.indicators.agreeing.toLowerCase()} (
                  {format(t.goals.baseAnswers, { count: i.answers })})
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section className="mb-8" aria-labelledby="r-goals">
        <h2 id="r-goals" className="mb-2 text-xl font-semibold">
          {r.goals}
        </h2>
        <p className="mb-2" data-testid="report-goals-summary">
          {format(t.goals.summary, counts)}
        </p>
        <ul className="grid gap-2">
          {data.goals.map((goal) => (
            <li key={goal.goalId} className="border-b border-slate-100 pb-2" data-testid="report-goal">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <span className="max-w-prose">{goal.text}</span>
                <GoalOutcomeBadge outcome={goal.outcome} />
              </div>
              <p className="text-sm text-slate-700">
                {t.goals.target}: {targetText(goal)} · {t.goals.outcome}: {outcomeDetail(goal)}
              </p>
              {goal.note ? <p className="text-sm text-slate-600">{goal.note}</p> : null}
            </li>
          ))}
        </ul>
      </section>

      <section className="mb-8" aria-labelledby="r-socio">
        <h2 id="r-socio" className="mb-2 text-xl font-semibold">
          {r.socio}
        </h2>
        <p>
          {format(t.socio.formula, {
            persons: data.socio.toWork,
            monthly: money(data.socio.monthly),
            months: data.socio.months,
            effect: money(data.socio.effect),
          })}
        </p>
        <p className="mt-1 text-sm text-slate-600">{t.socio.model}</p>
      </section>

      <section className="mb-8" aria-labelledby="r-economy">
        <h2 id="r-economy" className="mb-2 text-xl font-semibold">
          {r.economy}
        </h2>
        {data.economy ? (
          <>
            <p className="text-sm text-slate-600">
              {format(r.throughMonth, {
                month: data.economy.throughMonth === 0 ? '–' : `${t.months[data.economy.throughMonth - 1]} ${year}`,
              })}
            </p>
            <DataTable
              caption={r.budgetVsOutcome}
              captionVisible
              card={false}
              className="mt-2"
              rows={
                [
                  [fr.totalIncome, data.economy.followUp.income],
                  [fr.totalCosts, data.economy.followUp.costs],
                  [fr.result, data.economy.followUp.result],
                ] as const
              }
              rowKey={([label]) => label}
              columns={[
                {
                  header: null,
                  rowHeader: true,
                  className: 'font-bold',
                  headerClassName: '',
                  cell: ([label]) => label,
                },
                { header: r.column.budget, numeric: true, cell: ([, f]) => money(f.budget) },
                { header: r.column.outcome, numeric: true, cell: ([, f]) => money(f.outcomeToDate) },
                { header: r.column.forecast, numeric: true, cell: ([, f]) => money(f.forecast) },
                { header: r.column.deviation, numeric: true, cell: ([, f]) => money(f.deviation) },
              ]}
            />
            {data.economy.closingEquity && data.economy.floor && data.economy.cap ? (
              <>
                <h3 className="mt-4 font-semibold">{r.equity}</h3>
                <p>
                  {format(r.equityLine, {
                    closing: money(data.economy.closingEquity),
                    floor: money(data.economy.floor),
                    cap: money(data.economy.cap),
                  })}{' '}
                  {data.economy.closingEquity.greaterThan(data.economy.cap)
                    ? r.equityOverCap
                    : data.economy.closingEquity.lessThan(data.economy.floor)
                      ? r.equityBelowFloor
                      : r.equityWithin}
                </p>
              </>
            ) : null}
            {data.economy.costDistribution?.percents ? (
              <>
                <h3 className="mt-4 font-semibold">{r.costDistribution}</h3>
                <ul className="list-disc pl-6">
                  {(['individual', 'structural', 'administration', 'new'] as const).map((key) => (
                    <li key={key}>
                      {r.share[key]}: {data.economy!.costDistribution!.percents![key].toFixed(0)} % (
                      {money(data.economy!.costDistribution!.amounts[key])})
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </>
        ) : (
          <p>{format(r.noAdoptedPlan, { year })}</p>
        )}
      </section>

      <section className="mb-8" aria-labelledby="r-reflections">
        <h2 id="r-reflections" className="mb-2 text-xl font-semibold">
          {r.narrative.reflections}
        </h2>
        {narrative('reflections')}
      </section>
      <section className="mb-8" aria-labelledby="r-next">
        <h2 id="r-next" className="mb-2 text-xl font-semibold">
          {r.nextYear}
        </h2>
        {narrative('nextYear')}
        <p className="mt-2 text-sm text-slate-600">{format(r.inputToPlan, { year: year + 1 })}</p>
      </section>

      {editable ? (
        <section className="card print:hidden" aria-labelledby="r-edit">
          <h2 id="r-edit" className="mb-3 text-lg font-semibold">
            {r.saveNarrative}
          </h2>
          <NarrativeForm
            key={data.report?.version ?? 0}
            slug={association.slug}
            year={year}
            initial={data.narrative}
            version={data.report?.version ?? null}
          />
        </section>
      ) : null}
    </article>
  );
}
