import { formatKronor, type Kronor } from '@/domain/money/kronor';
import { format, messages } from '@/i18n/catalog';

export interface ChartTableColumn {
  label: string;
  values: (Kronor | null)[];
}

interface Props {
  id: string;
  title: string;
  description: string;
  years: number[];
  columns: ChartTableColumn[];
  legend: React.ReactNode;
  /** The drawing: an <svg> body (title and desc are added here). */
  children: React.ReactNode;
  viewBox: string;
}

/**
 * A chart as a figure: the SVG is one image with a title and a description, its legend in
 * words, and the same figures as a table for screen readers (the SVG alone is not navigable).
 */
export function ChartFigure({ id, title, description, years, columns, legend, children, viewBox }: Props) {
  const t = messages().budgetFollowUp.charts;
  return (
    <figure className="card break-inside-avoid" data-testid={id}>
      <figcaption className="mb-2 font-semibold" id={`${id}-caption`}>
        {title}
      </figcaption>
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={viewBox}
        className="h-auto w-full max-w-3xl"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {children}
      </svg>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-hidden="true">
        {legend}
      </ul>
      <table className="sr-only">
        <caption>{format(t.tableCaption, { title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t.year}</th>
            {columns.map((column) => (
              <th key={column.label} scope="col">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {years.map((year, index) => (
            <tr key={year}>
              <th scope="row">{year}</th>
              {columns.map((column) => {
                const value = column.values[index];
                return <td key={column.label}>{value ? formatKronor(value) : '–'}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
