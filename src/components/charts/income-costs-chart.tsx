import type { YearTotals } from '@/domain/budget/types';
import { messages } from '@/i18n/catalog';
import { Bar, ChartAxes, FRAME, VIEW_BOX, yearBands } from './chart-axes';
import { ChartFigure } from './chart-figure';
import { ChartPatterns, LegendSwatch, SERIES, fillOf } from './chart-patterns';
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
        const bar = width * 0.3;
        return (
          <g key={y.year}>
            <Bar
              x={x + width / 2 - bar - 2}
              width={bar}
              value={y.income.toNumber()}
              scale={scale}
              fill={fillOf(ID, 'solidDark')}
              stroke={SERIES.solidDark.color}
            />
            <Bar
              x={x + width / 2 + 2}
              width={bar}
              value={y.costs.toNumber()}
              scale={scale}
              fill={fillOf(ID, 'hatchedOrange')}
              stroke={SERIES.hatchedOrange.color}
            />
          </g>
        );
      })}
    </ChartFigure>
  );
}
