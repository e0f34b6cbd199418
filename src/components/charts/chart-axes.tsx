import { formatKronor } from '@/domain/money/kronor';
import type { LinearScale } from './scale';

export const FRAME = { width: 640, height: 262, left: 86, right: 14, top: 14, bottom: 226 } as const;
export const VIEW_BOX = `0 0 ${FRAME.width} ${FRAME.height}`;

/** The x band of each year: its left edge and width. */
export function yearBands(count: number) {
  const width = (FRAME.width - FRAME.left - FRAME.right) / Math.max(count, 1);
  return (index: number) => ({ x: FRAME.left + index * width, width });
}

/** Gridlines with sv-SE amounts, a zero line, and the years under their bands. */
export function ChartAxes({ scale, years }: { scale: LinearScale; years: number[] }) {
  const band = yearBands(years.length);
  return (
    <g fontSize="11" fill="#334155">
      {scale.ticks.map((tick) => (
        <g key={tick}>
          <line
            x1={FRAME.left}
            x2={FRAME.width - FRAME.right}
            y1={scale.y(tick)}
            y2={scale.y(tick)}
            stroke={tick === 0 ? '#334155' : '#cbd5e1'}
            strokeWidth={tick === 0 ? 1.2 : 0.8}
          />
          <text x={FRAME.left - 6} y={scale.y(tick)} textAnchor="end" dominantBaseline="middle">
            {formatKronor(tick, { unit: false })}
          </text>
        </g>
      ))}
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
