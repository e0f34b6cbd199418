import type { Metadata } from 'next';
import { BudgetTable } from '@/components/budget/budget-table';
import { PlanYearPicker } from '@/components/shell/plan-year-picker';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { calendarDateIn } from '@/domain/calendar/local-date';
import { parseYearParam } from '@/domain/plan/choose-plan-year';
import { messages } from '@/i18n/catalog';
import { requireAssociationAccess } from '@/server/authz/require-association-access';
import { findPlan } from '@/server/plan/find-plan';
import { getBudget } from '@/server/plan/get-budget';

export const metadata: Metadata = { title: messages().areas.budget.title };

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ ar?: string | string[] }>;
}

export default async function BudgetPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { association } = await requireAssociationAccess(slug, 'budget.read');
  const t = messages().areas;
  const { plan, years } = await findPlan(association.id, calendarDateIn(new Date()).year, parseYearParam((await searchParams).ar));
  const budget = plan ? await getBudget(plan.id, plan.year) : null;

  return (
    <>
      <PageHeader title={t.budget.title} lead={plan ? `${plan.title} · ${t.planStatus[plan.status]}` : undefined}>
        {plan ? <PlanYearPicker basePath={`/forbund/${association.slug}/budget`} years={years} current={plan.year} /> : null}
      </PageHeader>
      {!plan ? (
        <EmptyState title={t.noPlan} body={t.noPlanBody} />
      ) : budget && budget.rows.length > 0 ? (
        <BudgetTable title={plan.title} columns={budget.columns} rows={budget.rows} totals={budget.totals} />
      ) : (
        <EmptyState title={t.budget.noLines} body={t.budget.noLinesBody} />
      )}
    </>
  );
}
