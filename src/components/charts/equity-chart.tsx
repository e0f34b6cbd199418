import type { EquityYear } from '@/domain/budget/equity-limits';
import { formatKronor } from '@/domain/money/kronor';
import { format, messages } from '@/i18n/catalog';
import { BarPair, ChartAxes, FRAME, VIEW_BOX, yearBands } from './chart-axes';
import { ChartFigure } from './chart-figure';
import { ChartPatterns, LegendLine, LegendSwatch } from './chart-patterns';
import { linearScale } from './scale';

const ID = 'equity-chart';
const FLOOR = { color: '#991b1b', dash: '7 4' };
const CAP = { color: '#92400e', dash: '2 3' };

/** Opening and closing equity per year as bar pairs, the floor as one line, the cap as a line per year. */
export function EquityChart({ equity }: { equity: EquityYear[] }) {
  const t = messages().budgetFollowUp.charts;
  const years = equity.map((e) => e.year);
  const scale = linearScale(
    equity.flatMap((e) => [e.openingEquity, e.closingEquity, e.cap, e.floor].map((k) => k.toNumber())),
    FRAME.top + 8,
    FRAME.bottom,
  );
  const band = yearBands(years.length);
  const floor = equity[0]?.floor;
  return (
    <ChartFigure
      id={ID}
      title={t.equityTitle}
      description={format(t.equityDesc, { floor: floor ? formatKronor(floor) : '–' })}
      years={years}
      viewBox={VIEW_BOX}
      columns={[
        { label: t.opening, values: equity.map((e) => e.openingEquity) },
        { label: t.closing, values: equity.map((e) => e.closingEquity) },
        { label: t.floor, values: equity.map((e) => e.floor) },
        { label: t.cap, values: equity.map((e) => e.cap) },
      ]}
      legend={
        <>
          <LegendSwatch prefix={ID} series="solidDark" label={t.opening} />
          <LegendSwatch prefix={ID} series="dottedBlue" label={t.closing} />
          <LegendLine
            color={FLOOR.color}
            dash={FLOOR.dash}
            label={`${t.floor} (${floor ? formatKronor(floor) : '–'})`}
          />
          <LegendLine color={CAP.color} dash={CAP.dash} label={t.cap} />
        </>
      }
    >
      <ChartPatterns prefix={ID} />
      <ChartAxes scale={scale} years={years} />
      {equity.map((e, index) => {
        const { x, width } = band(index);
        const capY = scale.y(e.cap.toNumber());
        return (
          <g key={e.year}>
            <BarPair
              prefix={ID}
              x={x}
              width={width}
              ratio={0.28}
              scale={scale}
              left={{ value: e.openingEquity.toNumber(), series: 'solidDark' }}
              right={{ value: e.closingEquity.toNumber(), series: 'dottedBlue' }}
            />
            <line
              x1={x + 6}
              x2={x + width - 6}
              y1={capY}
              y2={capY}
              stroke={CAP.color}
              strokeWidth="2.5"
              strokeDasharray={CAP.dash}
            />
            <text x={x + width - 6} y={capY - 4} textAnchor="end" fontSize="10" fill={CAP.color}>
              {t.cap}
            </text>
          </g>
        );
      })}
      {floor ? (
        <g>
          <line
            x1={FRAME.left}
            x2={FRAME.width - FRAME.right}
            y1={scale.y(floor.toNumber())}
            y2={scale.y(floor.toNumber())}
            stroke={FLOOR.color}
            strokeWidth="2"
            strokeDasharray={FLOOR.dash}
          />
          <text x={FRAME.left + 4} y={scale.y(floor.toNumber()) + 12} fontSize="10" fill={FLOOR.color}>
            {t.floor}
          </text>
        </g>
      ) : null}
    </ChartFigure>
  );
}
