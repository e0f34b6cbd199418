import type { Metadata } from 'next';
import Link from 'next/link';
import { BudgetImportForm } from '@/components/budget/import/budget-import-form';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { parseYearParam } from '@/domain/plan/choose-plan-year';
import { format, messages } from '@/i18n/catalog';
import { requireAssociationAccess } from '@/server/authz/require-association-access';
import { listImportablePlans } from '@/server/budget/page-readers/list-importable-plans';

export const metadata: Metadata = { title: messages().budgetImport.title };

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ ar?: string | string[] }>;
}

export default async function BudgetImportPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { association } = await requireAssociationAccess(slug, 'budget.edit');
  const t = messages().budgetImport;
  const plans = await listImportablePlans(association.id);
  const year = parseYearParam((await searchParams).ar);
  const selected = plans.find((plan) => plan.year === year) ?? plans[0];
  const options = plans.map((plan) => ({
    id: plan.id,
    label: format(t.planOption, {
      title: plan.title,
      version: plan.versionNumber,
      status: messages().areas.planStatus[plan.status],
    }),
  }));

  return (
    <>
      <PageHeader title={t.title} lead={t.lead}>
        <Link
          href={`/forbund/${association.slug}/budget${selected ? `?ar=${selected.year}` : ''}`}
          className="text-sm font-medium text-accent-700 underline"
        >
          {t.backToBudget}
        </Link>
      </PageHeader>
      {selected ? (
        <BudgetImportForm slug={association.slug} plans={options} defaultPlanId={selected.id} />
      ) : (
        <EmptyState title={t.noEditablePlan} body={t.noEditablePlanBody} testId="budget-import-no-plan" />
      )}
    </>
  );
}
