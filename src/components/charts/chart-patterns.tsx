/** Fills that differ by pattern as well as colour, so the series stay apart in grey print and for colour-blind readers. */
export const SERIES = {
  solidDark: { color: '#1e3a5f', pattern: null },
  hatchedOrange: { color: '#9a3412', pattern: 'hatch' },
  dottedBlue: { color: '#0369a1', pattern: 'dots' },
} as const;

export type SeriesKey = keyof typeof SERIES;

export function fillOf(prefix: string, key: SeriesKey): string {
  const series = SERIES[key];
  return series.pattern ? `url(#${prefix}-${series.pattern})` : series.color;
}

export function ChartPatterns({ prefix }: { prefix: string }) {
  return (
    <defs>
      <pattern id={`${prefix}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill="#fff7ed" />
        <rect width="3" height="6" fill={SERIES.hatchedOrange.color} />
      </pattern>
      <pattern id={`${prefix}-dots`} width="5" height="5" patternUnits="userSpaceOnUse">
        <rect width="5" height="5" fill={SERIES.dottedBlue.color} />
        <circle cx="2.5" cy="2.5" r="1.2" fill="#ffffff" />
      </pattern>
    </defs>
  );
}

/** A legend entry: the same swatch as in the chart, and its name in words. */
export function LegendSwatch({ prefix, series, label }: { prefix: string; series: SeriesKey; label: string }) {
  return (
    <li className="flex items-center gap-1.5">
      <svg width="14" height="14" aria-hidden="true" className="shrink-0">
        <ChartPatterns prefix={`${prefix}-legend-${series}`} />
        <rect
          width="14"
          height="14"
          fill={fillOf(`${prefix}-legend-${series}`, series)}
          stroke={SERIES[series].color}
        />
      </svg>
      {label}
    </li>
  );
}

/** A legend entry for a reference line. */
export function LegendLine({ color, dash, label }: { color: string; dash: string; label: string }) {
  return (
    <li className="flex items-center gap-1.5">
      <svg width="22" height="10" aria-hidden="true" className="shrink-0">
        <line x1="0" x2="22" y1="5" y2="5" stroke={color} strokeWidth="2.5" strokeDasharray={dash} />
      </svg>
      {label}
    </li>
  );
}
