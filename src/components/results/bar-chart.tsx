import { Gridlines } from '@/components/charts/chart-axes';
import { ChartPatterns, fillOf, LegendSwatch, SERIES, type SeriesKey } from '@/components/charts/chart-patterns';
import { linearScale } from '@/components/charts/scale';
import { format, messages } from '@/i18n/catalog';

const FRAME = { width: 640, height: 240, left: 48, right: 14, top: 14, bottom: 200 } as const;

export interface BarSeries {
  key: SeriesKey;
  label: string;
  values: (number | null)[];
}

/**
 * Grouped (or stacked) bars of counts or percentages, as a figure: the SVG with title and
 * description, its legend in words, and the same figures as a table for screen readers.
 * Geometry only uses plain numbers; the figures shown are counts and whole percents.
 */
export function BarChart({
  id,
  title,
  description,
  categories,
  series,
  unit = '',
  stacked = false,
  categoryHeader,
}: {
  id: string;
  title: string;
  description: string;
  categories: string[];
  series: BarSeries[];
  unit?: string;
  stacked?: boolean;
  categoryHeader: string;
}) {
  const totals = categories.map((_, i) =>
    stacked
      ? series.reduce((s, serie) => s + (serie.values[i] ?? 0), 0)
      : Math.max(0, ...series.map((serie) => serie.values[i] ?? 0)),
  );
  const scale = linearScale([...totals, unit === '%' ? 100 : 1], FRAME.top, FRAME.bottom);
  const bandWidth = (FRAME.width - FRAME.left - FRAME.right) / Math.max(categories.length, 1);
  const barWidth = stacked ? bandWidth * 0.5 : (bandWidth * 0.7) / Math.max(series.length, 1);
  return (
    <figure className="card break-inside-avoid" data-testid={id}>
      <figcaption className="mb-2 font-semibold">{title}</figcaption>
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${FRAME.width} ${FRAME.height}`}
        className="h-auto w-full max-w-3xl"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <ChartPatterns prefix={id} />
        <g fontSize="11" fill="#334155">
          <Gridlines scale={scale} frame={FRAME} label={(tick) => `${tick}${unit}`} />
          {categories.map((category, i) => (
            <text
              key={category}
              x={FRAME.left + i * bandWidth + bandWidth / 2}
              y={FRAME.bottom + 18}
              textAnchor="middle"
              fontSize="11"
              fontWeight="600"
            >
              {category.length > 28 ? `${category.slice(0, 26)}…` : category}
            </text>
          ))}
        </g>
        {categories.map((category, i) => {
          let stackTop = 0;
          return (
            <g key={category} data-category={category}>
              {series.map((serie, s) => {
                const value = serie.values[i];
                if (value === null || value === undefined) return null;
                const x = stacked
                  ? FRAME.left + i * bandWidth + (bandWidth - barWidth) / 2
                  : FRAME.left + i * bandWidth + bandWidth * 0.15 + s * barWidth;
                const low = stacked ? stackTop : 0;
                const high = low + value;
                if (stacked) stackTop = high;
                const y = scale.y(high);
                return (
                  <g key={serie.key}>
                    <rect
                      x={x}
                      y={y}
                      width={barWidth - 2}
                      height={Math.max(scale.y(low) - y, value > 0 ? 0.5 : 0)}
                      fill={fillOf(id, serie.key)}
                      stroke={SERIES[serie.key].color}
                      strokeWidth="1"
                      data-value={value}
                    />
                    {!stacked ? (
                      <text x={x + (barWidth - 2) / 2} y={y - 3} textAnchor="middle" fontSize="10" fill="#0f172a">
                        {`${Math.round(value)}${unit}`}
                      </text>
                    ) : null}
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-hidden="true">
        {series.map((serie) => (
          <LegendSwatch key={serie.key} prefix={id} series={serie.key} label={serie.label} />
        ))}
      </ul>
      <table className="sr-only">
        <caption>{format(messages().budgetFollowUp.charts.tableCaption, { title })}</caption>
        <thead>
          <tr>
            <th scope="col">{categoryHeader}</th>
            {series.map((serie) => (
              <th key={serie.key} scope="col">
                {serie.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {categories.map((category, i) => (
            <tr key={category}>
              <th scope="row">{category}</th>
              {series.map((serie) => (
                <td key={serie.key}>
                  {serie.values[i] === null || serie.values[i] === undefined ? '–' : `${serie.values[i]}${unit}`}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
