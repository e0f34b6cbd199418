import Link from 'next/link';
import { messages } from '@/i18n/catalog';

const pages = [
  { key: 'sections', path: '' },
  { key: 'targetGroups', path: '/malgrupper' },
  { key: 'compare', path: '/jamfor' },
  { key: 'document', path: '/dokument' },
] as const;

export type PlanSubPage = (typeof pages)[number]['key'];

/** Avsnitt · Målgrupper och fokusområden · Jämför versioner · Dokument, under the plan page's heading. */
export function PlanSubNav({ slug, current, year }: { slug: string; current: PlanSubPage; year?: number }) {
  const t = messages().planContent.page;
  const base = `/forbund/${encodeURIComponent(slug)}/plan`;
  const query = year ? `?ar=${year}` : '';
  return (
    <nav aria-label={t.subNavLabel} className="mb-4 print:hidden" data-testid="plan-sub-nav">
      <ul className="flex flex-wrap gap-1 border-b border-slate-200 text-sm">
        {pages.map((page) => (
          <li key={page.key}>
            <Link
              href={`${base}${page.path}${query}`}
              aria-current={page.key === current ? 'page' : undefined}
              className={`-mb-px block border-b-2 px-3 py-2 no-underline ${
                page.key === current
                  ? 'border-accent-700 font-semibold text-accent-800'
                  : 'border-transparent text-slate-700 hover:border-slate-300 hover:text-slate-900'
              }`}
            >
              {t.subNav[page.key]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
