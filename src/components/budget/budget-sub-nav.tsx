import Link from 'next/link';
import { messages } from '@/i18n/catalog';

const pages = [
  { key: 'budget', path: '' },
  { key: 'followUp', path: '/uppfoljning' },
  { key: 'versions', path: '/versioner' },
] as const;

export type BudgetSubPage = (typeof pages)[number]['key'];

/** Budget · Uppföljning · Versioner, under the budget page's heading. */
export function BudgetSubNav({ slug, current }: { slug: string; current: BudgetSubPage }) {
  const t = messages().budgetEditor;
  const base = `/forbund/${encodeURIComponent(slug)}/budget`;
  return (
    <nav aria-label={t.subNavLabel} className="mb-4 print:hidden" data-testid="budget-sub-nav">
      <ul className="flex gap-1 border-b border-slate-200 text-sm">
        {pages.map((page) => (
          <li key={page.key}>
            <Link
              href={`${base}${page.path}`}
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
