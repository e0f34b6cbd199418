import Link from 'next/link';
import { messages } from '@/i18n/catalog';
import type { ResultsView } from '@/server/results/page-readers/get-results';

/** The year's interventions as links; the one shown is marked. */
export function InterventionPicker({
  view,
  year,
  base,
  currentId,
}: {
  view: ResultsView;
  year: number;
  base: string;
  currentId: string;
}) {
  const t = messages().results;
  return (
    <nav aria-label={t.intervention} className="mb-6">
      <ul className="flex flex-wrap gap-2 text-sm" data-testid="intervention-picker">
        {view.interventions.map((i) => (
          <li key={i.id}>
            <Link
              href={`${base}?ar=${year}&insats=${i.id}`}
              aria-current={i.id === currentId ? 'page' : undefined}
              className={`inline-block rounded px-2 py-1 no-underline ${i.id === currentId ? 'bg-accent-700 font-semibold text-white hover:text-white' : 'bg-slate-100 text-accent-800 hover:bg-slate-200'}`}
            >
              {i.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
