import { SubNav } from '@/components/ui/sub-nav';
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
    <SubNav
      label={t.subNavLabel}
      testId="budget-sub-nav"
      current={current}
      items={pages.map((page) => ({ key: page.key, href: `${base}${page.path}`, label: t.subNav[page.key] }))}
    />
  );
}
