import { BarChart } from '@/components/results/bar-chart';
import { messages } from '@/i18n/catalog';
import type { ResultsView } from '@/server/results/page-readers/get-results';

/** Goals met, not met and not yet measurable per year. */
export function GoalsChartSection({ view }: { view: ResultsView }) {
  const t = messages().results;
  return (
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
          {
            key: 'dottedBlue',
            label: t.goals.outcomeLabel.NOT_MEASURABLE_YET,
            values: view.goalsPerYear.map((g) => g.open),
          },
        ]}
      />
    </section>
  );
}
