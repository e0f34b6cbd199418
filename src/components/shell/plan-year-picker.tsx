import Link from 'next/link';
import { messages } from '@/i18n/catalog';

/** Links to the same page for each year that has a plan (`?ar=`). */
export function PlanYearPicker({ basePath, years, current }: { basePath: string; years: number[]; current: number }) {
  if (years.length < 2) return null;
  const label = messages().dashboard.planYearsLabel;
  return (
    <nav aria-label={label} className="print:hidden">
      <ul className="flex items-center gap-1 text-sm">
        <li className="mr-1 text-slate-600" aria-hidden="true">
          {label}:
        </li>
        {years.map((year) => (
          <li key={year}>
            <Link
              href={`${basePath}?ar=${year}`}
              aria-current={year === current ? 'page' : undefined}
              className={`rounded px-2 py-1 no-underline ${
                year === current
                  ? 'bg-accent-700 font-semibold text-white hover:text-white'
                  : 'text-accent-800 hover:bg-slate-100'
              }`}
            >
              {year}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
