import type { Metadata } from 'next';
import Link from 'next/link';
import { HistoryPanel } from '@/app/forbund/[slug]/_components/history-panel';
import { BudgetSubNav } from '@/components/budget/budget-sub-nav';
import { AdoptRevisionForm } from '@/components/budget/follow-up/adopt-revision-form';
import { StartRevisionButton } from '@/components/budget/follow-up/start-revision-button';
import { PlanYearPicker } from '@/components/shell/plan-year-picker';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { StatusBadge } from '@/components/ui/status-badge';
import { may } from '@/domain/authz/permissions';
import { parseYearParam } from '@/domain/plan/choose-plan-year';
import { format, messages } from '@/i18n/catalog';
import { formatDate } from '@/i18n/dates';
import { requireAssociationAccess } from '@/server/authz/require-association-access';
import { getPlanVersions } from '@/server/budget/page-readers/get-plan-versions';
import { DataTable } from '@/components/ui/data-table';

export const metadata: Metadata = { title: messages().budgetFollowUp.versions.title };

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ ar?: string | string[] }>;
}

export default async function PlanVersionsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { association, roles } = await requireAssociationAccess(slug, 'plan.read');
  const t = messages().budgetFollowUp;
  const statusText = messages().areas.planStatus;
  const { years, year, versions, boardDecisions } = await getPlanVersions(association.id, {
    year: parseYearParam((await searchParams).ar),
  });
  const base = `/forbund/${association.slug}/budget`;

  if (year === null) {
    return (
      <>
        <PageHeader title={t.versions.title} />
        <BudgetSubNav slug={association.slug} current="versions" />
        <EmptyState title={messages().areas.noPlan} body={messages().areas.noPlanBody} />
      </>
    );
  }
  const newest = versions[versions.length - 1]!;
  const canStart = newest.status === 'ADOPTED' && may(roles, 'plan.revise');
  const pendingRevision =
    newest.previousVersionId !== null && newest.status !== 'ADOPTED' && newest.status !== 'REVISED';
  const canAdopt = pendingRevision && may(roles, 'plan.adopt');
  const decisionLabel = (d: { text: string; decidedAt: Date; meetingTitle: string }) =>
    `${formatDate(d.decidedAt)} · ${d.meetingTitle}: ${d.text}`;

  return (
    <>
      <PageHeader title={`${t.versions.title} ${year}`} lead={format(t.versions.lead, { year })}>
        <PlanYearPicker basePath={`${base}/versioner`} years={years} current={year} />
      </PageHeader>
      <BudgetSubNav slug={association.slug} current="versions" />
      <div className="flex flex-col gap-8">
        <DataTable
          caption={format(t.versions.caption, { year })}
          captionVisible
          card={false}
          testId="plan-versions"
          rowTestId="plan-version"
          rows={versions}
          rowKey={(version) => version.id}
          columns={[
            { header: t.versions.number, rowHeader: true, cell: (version) => version.versionNumber },
            {
              header: t.versions.status,
              cell: (version) => (
                <StatusBadge
                  label={statusText[version.status]}
                  tone={
                    version.status === 'ADOPTED' ? 'active' : version.status === 'REVISED' ? 'neutral' : 'attention'
                  }
                />
              ),
            },
            {
              header: t.versions.adopted,
              cell: (version) => (version.adoptedAt ? formatDate(version.adoptedAt) : t.versions.notAdopted),
            },
            {
              header: t.versions.decision,
              className: 'max-w-md',
              headerClassName: '',
              cell: (version) => (version.decision ? decisionLabel(version.decision) : '–'),
            },
            {
              header: <span className="sr-only">{t.versions.read.replace('{number}', '')}</span>,
              cell: (version) => (
                <Link href={`${base}?ar=${year}&version=${version.versionNumber}`} className="underline">
                  {format(t.versions.read, { number: version.versionNumber })}
                </Link>
              ),
            },
          ]}
        />
        {canStart ? (
          <StartRevisionButton
            slug={association.slug}
            planId={newest.id}
            texts={{
              button: t.versions.startRevision,
              help: format(t.versions.startRevisionHelp, { number: newest.versionNumber + 1 }),
              started: t.versions.revisionStarted,
            }}
          />
        ) : null}
        {canAdopt ? (
          <AdoptRevisionForm
            slug={association.slug}
            planId={newest.id}
            decisions={boardDecisions.map((d) => ({ id: d.id, label: decisionLabel(d) }))}
            texts={{
              title: format(t.versions.adoptTitle, { number: newest.versionNumber }),
              help: t.versions.adoptHelp,
              label: t.versions.decisionLabel,
              choose: t.versions.chooseDecision,
              button: t.versions.adoptButton,
              adopted: format(t.versions.adopted_, { number: newest.versionNumber }),
              none: t.versions.noBoardDecisions,
            }}
          />
        ) : null}
        <p className="text-sm print:hidden">
          <Link href={`${base}/uppfoljning?ar=${year}`} className="underline">
            {t.followUpLink}
          </Link>
        </p>
        <section aria-labelledby="plan-history-title">
          <h2 id="plan-history-title" className="text-lg font-semibold">
            {format(messages().auditHistory.planHistoryTitle, { number: newest.versionNumber })}
          </h2>
          <p className="text-sm text-slate-600">{messages().auditHistory.planHistoryLead}</p>
          <HistoryPanel association={association} entityType="Plan" entityId={newest.id} />
        </section>
      </div>
    </>
  );
}
