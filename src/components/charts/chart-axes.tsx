import { formatKronor } from '@/domain/money/kronor';
import type { LinearScale } from './scale';
import { SERIES, fillOf, type SeriesKey } from './chart-patterns';

export const FRAME = { width: 640, height: 262, left: 86, right: 14, top: 14, bottom: 226 } as const;
export const VIEW_BOX = `0 0 ${FRAME.width} ${FRAME.height}`;

/** The x band of each year: its left edge and width. */
export function yearBands(count: number) {
  const width = (FRAME.width - FRAME.left - FRAME.right) / Math.max(count, 1);
  return (index: number) => ({ x: FRAME.left + index * width, width });
}

/**
 * A horizontal gridline per tick across the frame (the zero line darker) with its label left of it.
 * Goes inside a `<g>` that sets the font.
 */
export function Gridlines({
  scale,
  label,
  frame = FRAME,
}: {
  scale: LinearScale;
  label: (tick: number) => string;
  frame?: { width: number; left: number; right: number };
}) {
  return (
    <>
      {scale.ticks.map((tick) => (
        <g key={tick}>
          <line
            x1={frame.left}
            x2={frame.width - frame.right}
            y1={scale.y(tick)}
            y2={scale.y(tick)}
            stroke={tick === 0 ? '#334155' : '#cbd5e1'}
            strokeWidth={tick === 0 ? 1.2 : 0.8}
          />
          <text x={frame.left - 6} y={scale.y(tick)} textAnchor="end" dominantBaseline="middle">
            {label(tick)}
          </text>
        </g>
      ))}
    </>
  );
}

/** Gridlines with sv-SE amounts, a zero line, and the years under their bands. */
export function ChartAxes({ scale, years }: { scale: LinearScale; years: number[] }) {
  const band = yearBands(years.length);
  return (
    <g fontSize="11" fill="#334155">
      <Gridlines scale={scale} label={(tick) => formatKronor(tick, { unit: false })} />
      {years.map((year, index) => {
        const { x, width } = band(index);
        return (
          <text key={year} x={x + width / 2} y={FRAME.bottom + 20} textAnchor="middle" fontSize="12" fontWeight="600">
            {year}
          </text>
        );
      })}
    </g>
  );
}

/** A bar from zero to the value (downwards for a negative value). */
export function Bar({
  x,
  width,
  value,
  scale,
  fill,
  stroke,
}: {
  x: number;
  width: number;
  value: number;
  scale: LinearScale;
  fill: string;
  stroke: string;
}) {
  const zero = scale.y(0);
  const end = scale.y(value);
  return (
    <rect
      x={x}
      y={Math.min(zero, end)}
      width={width}
      height={Math.max(Math.abs(zero - end), 0.5)}
      fill={fill}
      stroke={stroke}
      strokeWidth="1"
    />
  );
}

/**
 * Two bars side by side around the middle of a year's band (`x`, `width`), each `ratio` of the
 * band wide, filled with its series' pattern under `prefix`.
 */
export function BarPair({
  prefix,
  x,
  width,
  ratio,
  scale,
  left,
  right,
}: {
  prefix: string;
  x: number;
  width: number;
  ratio: number;
  scale: LinearScale;
  left: { value: number; series: SeriesKey };
  right: { value: number; series: SeriesKey };
}) {
  const bar = width * ratio;
  return (
    <>
      <Bar
        x={x + width / 2 - bar - 2}
        width={bar}
        value={left.value}
        scale={scale}
        fill={fillOf(prefix, left.series)}
        stroke={SERIES[left.series].color}
      />
      <Bar
        x={x + width / 2 + 2}
        width={bar}
        value={right.value}
        scale={scale}
        fill={fillOf(prefix, right.series)}
        stroke={SERIES[right.series].color}
      />
    </>
  );
}
