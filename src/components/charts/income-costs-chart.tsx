import type { YearTotals } from '@/domain/budget/types';
import { messages } from '@/i18n/catalog';
import { BarPair, ChartAxes, FRAME, VIEW_BOX, yearBands } from './chart-axes';
import { ChartFigure } from './chart-figure';
import { ChartPatterns, LegendSwatch } from './chart-patterns';
import { linearScale } from './scale';

const ID = 'income-costs-chart';

/** Income (without the equity brought in) and costs per year as grouped bars. */
export function IncomeCostsChart({ totals }: { totals: YearTotals[] }) {
  const t = messages().budgetFollowUp.charts;
  const years = totals.map((y) => y.year);
  const scale = linearScale(
    totals.flatMap((y) => [y.income.toNumber(), y.costs.toNumber()]),
    FRAME.top,
    FRAME.bottom,
  );
  const band = yearBands(years.length);
  return (
    <ChartFigure
      id={ID}
      title={t.incomeCostsTitle}
      description={t.incomeCostsDesc}
      years={years}
      viewBox={VIEW_BOX}
      columns={[
        { label: t.income, values: totals.map((y) => y.income) },
        { label: t.costs, values: totals.map((y) => y.costs) },
      ]}
      legend={
        <>
          <LegendSwatch prefix={ID} series="solidDark" label={t.income} />
          <LegendSwatch prefix={ID} series="hatchedOrange" label={t.costs} />
        </>
      }
    >
      <ChartPatterns prefix={ID} />
      <ChartAxes scale={scale} years={years} />
      {totals.map((y, index) => {
        const { x, width } = band(index);
        return (
          <g key={y.year}>
            <BarPair
              prefix={ID}
              x={x}
              width={width}
              ratio={0.3}
              scale={scale}
              left={{ value: y.income.toNumber(), series: 'solidDark' }}
              right={{ value: y.costs.toNumber(), series: 'hatchedOrange' }}
            />
          </g>
        );
      })}
    </ChartFigure>
  );
}
