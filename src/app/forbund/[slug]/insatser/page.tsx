import type { Metadata } from 'next';
import Link from 'next/link';
import { InterventionFormToggle } from '@/components/intervention/intervention-form';
import { DataTable, type DataColumn } from '@/components/ui/data-table';
import { PageHeader } from '@/components/ui/page-header';
import { INTERVENTION_STATUS_TONE } from '@/components/intervention/status-tone';
import { StatusBadge } from '@/components/ui/status-badge';
import { may } from '@/domain/authz/permissions';
import { calendarDateIn } from '@/domain/calendar/local-date';
import { parseYearParam } from '@/domain/plan/choose-plan-year';
import { messages } from '@/i18n/catalog';
import { formatDate, formatPeriod } from '@/i18n/dates';
import { requireAssociationAccess } from '@/server/authz/require-association-access';
import { getInterventions, type InterventionListItem } from '@/server/intervention/page-readers/get-interventions';
import { getInterventionFormOptions } from '@/server/intervention/page-readers/get-intervention-form-options';
import { findPlan } from '@/server/plan-version/find-plan';

export const metadata: Metadata = { title: messages().areas.interventions.title };

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ ar?: string | string[] }>;
}

export default async function InterventionsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { association, roles } = await requireAssociationAccess(slug, 'plan.read');
  const requested = parseYearParam((await searchParams).ar);
  const [interventions, choice] = await Promise.all([
    getInterventions(association.id),
    findPlan(association.id, calendarDateIn(new Date()).year, requested),
  ]);
  const t = messages().areas;
  const canEdit = may(roles, 'intervention.edit');
  const query = requested ? `?ar=${requested}` : '';
  const columns: DataColumn<InterventionListItem>[] = [
    {
      header: t.interventions.name,
      rowHeader: true,
      className: 'min-w-48',
      cell: (item) => (
        <Link href={`/forbund/${association.slug}/insatser/${item.id}${query}`} className="underline">
          {item.name}
        </Link>
      ),
    },
    { header: t.interventions.kind, cell: (item) => t.interventionKind[item.kind] },
    {
      header: t.interventions.period,
      cell: (item) => formatPeriod(item.startDate, item.endDate, t),
      className: 'whitespace-nowrap tabular-nums',
    },
    {
      header: t.interventions.status,
      cell: (item) => (
        <StatusBadge label={t.interventionStatus[item.status]} tone={INTERVENTION_STATUS_TONE[item.status]} />
      ),
    },
    {
      header: t.interventions.responsible,
      cell: (item) => item.responsibleMembers.map((m) => m.name).join(', ') || t.notSet,
    },
    {
      header: t.interventions.targetGroups,
      cell: (item) => [...new Set(item.targetGroups.map((g) => g.name))].join(', ') || t.notSet,
    },
  ];

  let options = null;
  if (canEdit) {
    const { members, decisions, targetGroups } = await getInterventionFormOptions(
      association.id,
      choice.plan?.id ?? null,
    );
    options = {
      members,
      decisions: decisions.map((d) => ({ id: d.id, label: `${formatDate(d.decidedAt)}: ${d.text}` })),
      targetGroups,
    };
  }

  return (
    <>
      <PageHeader title={t.interventions.title} lead={t.interventions.lead} />
      {options ? (
        <div className="mb-6">
          <InterventionFormToggle slug={association.slug} year={choice.plan?.year ?? null} options={options} />
        </div>
      ) : null}
      <DataTable
        caption={t.interventions.title}
        columns={columns}
        rows={interventions}
        rowKey={(item) => item.id}
        testId="interventions"
        rowTestId="intervention"
        empty={{ title: t.interventions.emptyTitle, body: t.interventions.emptyBody, testId: 'interventions-empty' }}
      />
    </>
  );
}
