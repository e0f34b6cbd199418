import { SubNav } from '@/components/ui/sub-nav';
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
    <SubNav
      label={t.subNavLabel}
      testId="plan-sub-nav"
      current={current}
      wrap
      items={pages.map((page) => ({ key: page.key, href: `${base}${page.path}${query}`, label: t.subNav[page.key] }))}
    />
  );
}
