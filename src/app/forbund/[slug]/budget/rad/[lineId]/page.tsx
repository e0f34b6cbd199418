import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { HistoryPanel } from '@/app/forbund/[slug]/_components/history-panel';
import { BudgetSubNav } from '@/components/budget/budget-sub-nav';
import { PageHeader } from '@/components/ui/page-header';
import { StatusBadge } from '@/components/ui/status-badge';
import { format, messages } from '@/i18n/catalog';
import { findBudgetLineForHistory } from '@/server/history/find-budget-line-for-history';
import { requireAssociationAccess } from '@/server/authz/require-association-access';

export const metadata: Metadata = { title: messages().auditHistory.title };

/** One budget line's history: every change of its name, group, amounts and outcome (also after it was removed). */
export default async function BudgetLineHistoryPage({ params }: { params: Promise<{ slug: string; lineId: string }> }) {
  const { slug, lineId } = await params;
  const { association } = await requireAssociationAccess(slug, 'budget.read');
  const line = await findBudgetLineForHistory(association.id, lineId);
  if (!line) notFound();
  const t = messages().auditHistory;
  const base = `/forbund/${encodeURIComponent(association.slug)}/budget`;

  return (
    <>
      <PageHeader
        title={format(t.linePageTitle, { name: line.name })}
        lead={
          line.plan ? format(t.linePageLead, { plan: line.plan.title, version: line.plan.versionNumber }) : undefined
        }
      >
        <div className="flex flex-wrap items-center gap-3 text-sm">
          {line.removed ? <StatusBadge label={t.removedLine} tone="neutral" /> : null}
          {line.plan ? (
            <Link
              href={`${base}?ar=${line.plan.year}&version=${line.plan.versionNumber}`}
              className="text-accent-800 hover:underline"
            >
              {t.backToBudget}
            </Link>
          ) : null}
          <Link
            href={`${base}/versioner${line.plan ? `?ar=${line.plan.year}` : ''}`}
            className="text-accent-800 hover:underline"
          >
            {t.backToVersions}
          </Link>
        </div>
      </PageHeader>
      <BudgetSubNav slug={association.slug} current="budget" />
      <HistoryPanel association={association} entityType="BudgetLine" entityId={line.id} open />
    </>
  );
}
