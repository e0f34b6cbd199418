import type { Metadata } from 'next';
import { PlanSubNav } from '@/components/plan/plan-sub-nav';
import { FocusAreaControls, TargetGroupControls } from '@/components/plan/target-groups-editor';
import { PlanYearPicker } from '@/components/shell/plan-year-picker';
import { DataTable, type DataColumn } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { messages } from '@/i18n/catalog';
import { ageRangeText } from '@/components/plan/age-range';
import type { PlanContent } from '@/server/plan/page-readers/get-plan-content';
import { loadPlanPage } from '@/server/plan/load-plan-page';

export const metadata: Metadata = { title: messages().planContent.page.subNav.targetGroups };

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ ar?: string | string[] }>;
}

type Group = PlanContent['targetGroups'][number];

export default async function TargetGroupsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { association, years, content, canEdit } = await loadPlanPage(slug, (await searchParams).ar);
  const t = messages().planContent;
  if (!content) {
    return (
      <>
        <PageHeader title={t.page.subNav.targetGroups} />
        <EmptyState title={t.page.noPlan} body={t.page.noPlanBody} />
      </>
    );
  }
  const columns: DataColumn<Group>[] = [
    { header: t.targetGroups.priority, cell: (g) => g.priority, numeric: true },
    { header: t.targetGroups.name, cell: (g) => g.name, rowHeader: true },
    { header: t.targetGroups.ageRange, cell: (g) => ageRangeText(g), className: 'whitespace-nowrap' },
    { header: t.targetGroups.description, cell: (g) => g.description, className: 'max-w-prose text-slate-700' },
    { header: t.targetGroups.rationale, cell: (g) => g.rationale, className: 'max-w-xs text-slate-700' },
    {
      header: t.targetGroups.interventions,
      cell: (g) => g.interventions.map((i) => i.name).join(', ') || messages().areas.notSet,
    },
    ...(canEdit
      ? [
          {
            header: t.targetGroups.actions,
            cell: (g: Group) => <TargetGroupControls slug={association.slug} planId={content.id} group={g} />,
          },
        ]
      : []),
  ];
  return (
    <>
      <PageHeader title={t.page.subNav.targetGroups} lead={content.title}>
        <PlanYearPicker
          basePath={`/forbund/${association.slug}/plan/malgrupper`}
          years={years}
          current={content.year}
        />
      </PageHeader>
      <PlanSubNav slug={association.slug} current="targetGroups" year={content.year} />
      {!content.editable ? <Notice>{t.page.locked}</Notice> : null}

      <section aria-labelledby="target-groups-title" className="mb-10">
        <h2 id="target-groups-title" className="mb-3 text-xl font-semibold">
          {t.targetGroups.title}
        </h2>
        <DataTable
          caption={t.targetGroups.caption}
          columns={columns}
          rows={content.targetGroups}
          rowKey={(g) => g.id}
          testId="target-groups"
          rowTestId="target-group"
          empty={{ title: t.targetGroups.none, body: '' }}
        />
        {canEdit ? (
          <div className="mt-3">
            <TargetGroupControls slug={association.slug} planId={content.id} />
          </div>
        ) : null}
      </section>

      <section aria-labelledby="focus-areas-title">
        <h2 id="focus-areas-title" className="mb-3 text-xl font-semibold">
          {t.focusAreas.heading}
        </h2>
        {content.focusAreas.length === 0 ? <p className="text-slate-600">{t.focusAreas.none}</p> : null}
        <ol className="flex list-decimal flex-col gap-3 pl-6" data-testid="focus-areas">
          {content.focusAreas.map((area) => (
            <li key={area.id}>
              <p>{area.title}</p>
              {area.description ? <p className="text-sm text-slate-600">{area.description}</p> : null}
              {canEdit ? <FocusAreaControls slug={association.slug} planId={content.id} area={area} /> : null}
            </li>
          ))}
        </ol>
        {canEdit ? (
          <div className="mt-3">
            <FocusAreaControls slug={association.slug} planId={content.id} />
          </div>
        ) : null}
      </section>
    </>
  );
}
