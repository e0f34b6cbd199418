import type { Metadata } from 'next';
import { HistoryPanel } from '@/app/forbund/[slug]/_components/history-panel';
import { PlanSubNav } from '@/components/plan/plan-sub-nav';
import { CreatePlanForm } from '@/components/plan/create-plan-form';
import { DeleteDraftPlanButton } from '@/components/plan/delete-draft-plan-button';
import { SectionsEditor } from '@/components/plan/sections-editor';
import { StartNextYearButton } from '@/components/plan/start-next-year-button';
import { PlanYearPicker } from '@/components/shell/plan-year-picker';
import { EmptyState } from '@/components/ui/empty-state';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { StatusBadge } from '@/components/ui/status-badge';
import { may } from '@/domain/authz/permissions';
import { calendarDateIn } from '@/domain/calendar/local-date';
import { format, messages } from '@/i18n/catalog';
import { loadPlanPage } from '@/server/plan/load-plan-page';

export const metadata: Metadata = { title: messages().planContent.page.title };

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ ar?: string | string[] }>;
}

export default async function PlanPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { association, roles, years, content, canEdit } = await loadPlanPage(slug, (await searchParams).ar);
  const t = messages().planContent.page;
  const mayEdit = may(roles, 'plan.edit');
  const currentYear = calendarDateIn(new Date()).year;
  if (!content) {
    return (
      <>
        <PageHeader title={t.title} />
        {mayEdit ? (
          <>
            <EmptyState title={t.noPlan} body={t.noPlanEditor} />
            <CreatePlanForm slug={association.slug} defaultYear={currentYear} />
          </>
        ) : (
          <EmptyState title={t.noPlan} body={t.noPlanBody} />
        )}
      </>
    );
  }
  const statusText = messages().areas.planStatus[content.status];
  return (
    <>
      <PageHeader title={content.title} lead={format(t.version, { number: content.versionNumber })}>
        <PlanYearPicker basePath={`/forbund/${association.slug}/plan`} years={years} current={content.year} />
      </PageHeader>
      <div className="mb-4 flex flex-wrap items-start justify-between gap-4">
        <p className="flex items-center gap-2 text-sm">
          {t.status}:{' '}
          <StatusBadge label={statusText} tone={content.editable ? 'attention' : 'active'} testId="plan-status" />
        </p>
        {mayEdit && !content.nextYearExists ? (
          <StartNextYearButton slug={association.slug} planId={content.id} year={content.year} />
        ) : null}
        {mayEdit && content.status === 'DRAFT' ? (
          <DeleteDraftPlanButton
            slug={association.slug}
            planId={content.id}
            version={content.version}
            year={content.year}
          />
        ) : null}
      </div>
      <PlanSubNav slug={association.slug} current="sections" year={content.year} />
      {!content.editable ? (
        <Notice testId="plan-locked">{t.locked}</Notice>
      ) : !canEdit ? (
        <Notice>{t.readOnly}</Notice>
      ) : null}
      <SectionsEditor slug={association.slug} planId={content.id} sections={content.sections} editable={canEdit} />
      {mayEdit ? (
        <details className="mt-8 print:hidden" data-testid="create-other-plan">
          <summary className="cursor-pointer text-sm font-medium text-accent-800">
            {messages().planContent.createPlan.open}
          </summary>
          <div className="mt-3">
            <CreatePlanForm slug={association.slug} defaultYear={Math.min(...years, currentYear) - 1} />
          </div>
        </details>
      ) : null}
      <HistoryPanel association={association} entityType="Plan" entityId={content.id} />
    </>
  );
}
