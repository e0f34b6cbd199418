import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { HistoryPanel } from '@/app/forbund/[slug]/_components/history-panel';
import { InterventionBudgetForm } from '@/components/intervention/intervention-budget-form';
import { InterventionFormToggle } from '@/components/intervention/intervention-form';
import { INTERVENTION_STATUS_TONE } from '@/components/intervention/status-tone';
import { PlanYearPicker } from '@/components/shell/plan-year-picker';
import { DataTable } from '@/components/ui/data-table';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { StatusBadge } from '@/components/ui/status-badge';
import { may } from '@/domain/authz/permissions';
import { calendarDateIn } from '@/domain/calendar/local-date';
import { formatKronor } from '@/domain/money/kronor';
import { parseYearParam } from '@/domain/plan/choose-plan-year';
import { format, messages } from '@/i18n/catalog';
import { formatDate, formatPeriod } from '@/i18n/dates';
import { requireAssociationAccess } from '@/server/authz/require-association-access';
import { getIntervention } from '@/server/intervention/page-readers/get-intervention';
import { findPlan } from '@/server/plan-version/find-plan';

export const metadata: Metadata = { title: messages().areas.interventions.title };

interface Props {
  params: Promise<{ slug: string; interventionId: string }>;
  searchParams: Promise<{ ar?: string | string[] }>;
}

const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

export default async function InterventionPage({ params, searchParams }: Props) {
  const { slug, interventionId } = await params;
  const { association, roles } = await requireAssociationAccess(slug, 'plan.read');
  const choice = await findPlan(
    association.id,
    calendarDateIn(new Date()).year,
    parseYearParam((await searchParams).ar),
  );
  const item = await getIntervention(association.id, interventionId, choice.plan?.id ?? null);
  if (!item) notFound();
  const t = messages().planContent;
  const area = messages().areas;
  const canEdit = may(roles, 'intervention.edit');
  const budget = item.budget;
  const options = {
    members: item.members,
    decisions: item.decisions.map((d) => ({ id: d.id, label: `${formatDate(d.decidedAt)}: ${d.text}` })),
    targetGroups: item.planTargetGroups,
  };
  const planGroups = new Set(item.planTargetGroups.map((g) => g.id));

  return (
    <>
      <p className="mb-2 text-sm print:hidden">
        <Link
          href={`/forbund/${association.slug}/insatser${choice.plan ? `?ar=${choice.plan.year}` : ''}`}
          className="underline"
        >
          ← {t.interventionPage.back}
        </Link>
      </p>
      <PageHeader
        title={item.name}
        lead={`${area.interventionKind[item.kind]} · ${formatPeriod(item.startDate, item.endDate, area)}`}
      >
        <StatusBadge
          label={area.interventionStatus[item.status]}
          tone={INTERVENTION_STATUS_TONE[item.status]}
          testId="intervention-status"
        />
      </PageHeader>

      <div className="grid gap-6 lg:grid-cols-2">
        <section className="card" aria-labelledby="intervention-details">
          <h2 id="intervention-details" className="mb-2 text-lg font-semibold">
            {t.interventionPage.details}
          </h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="font-medium">{area.interventions.responsible}</dt>
            <dd>{item.responsibleMembers.map((m) => m.name).join(', ') || area.notSet}</dd>
            <dt className="font-medium">{area.interventions.targetGroups}</dt>
            <dd>
              {item.targetGroups
                .filter((g) => planGroups.size === 0 || planGroups.has(g.id))
                .map((g) => g.name)
                .join(', ') || area.notSet}
            </dd>
            <dt className="font-medium">{t.interventionPage.decision}</dt>
            <dd data-testid="intervention-decision">
              {item.fundingDecision
                ? `${formatDate(item.fundingDecision.decidedAt)}: ${item.fundingDecision.text}${
                    item.fundingDecision.effectiveAt ? '' : ` (${t.interventionPage.pendingAdjustment})`
                  }`
                : t.interventionPage.noDecision}
            </dd>
            <dt className="font-medium">{t.interventionPage.implementationPlan}</dt>
            <dd>{item.implementationPlan || t.interventionPage.none}</dd>
          </dl>
          {item.description ? <p className="mt-3 text-sm text-slate-700">{item.description}</p> : null}
        </section>
        {canEdit ? (
          <div>
            <InterventionFormToggle
              slug={association.slug}
              year={choice.plan?.year ?? null}
              options={options}
              intervention={{
                id: item.id,
                version: item.version,
                name: item.name,
                kind: item.kind,
                status: item.status,
                description: item.description,
                startDate: isoDate(item.startDate),
                endDate: isoDate(item.endDate),
                implementationPlan: item.implementationPlan,
                fundingDecisionId: item.fundingDecisionId,
                responsibleMemberIds: item.responsibleMembers.map((m) => m.id),
                targetGroupIds: item.targetGroups.map((g) => g.id),
              }}
            />
          </div>
        ) : null}
      </div>

      <section className="mt-8" aria-labelledby="intervention-budget">
        <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
          <h2 id="intervention-budget" className="text-xl font-semibold">
            {t.interventionBudget.title}
          </h2>
          <PlanYearPicker
            basePath={`/forbund/${association.slug}/insatser/${item.id}`}
            years={choice.years}
            current={choice.plan?.year ?? 0}
          />
        </div>
        {!budget ? (
          <p className="text-slate-600">{t.interventionBudget.noPlan}</p>
        ) : (
          <>
            <p className="mb-3 max-w-prose text-slate-700">
              {format(t.interventionBudget.lead, { plan: budget.planTitle })}{' '}
              <Link
                href={`/forbund/${association.slug}/budget?ar=${budget.planYear}`}
                className="underline"
                data-testid="intervention-budget-link"
              >
                {t.interventionBudget.openBudget}
              </Link>
            </p>
            {budget.flagged.length > 0 ? (
              <Notice tone="warning" testId="intervention-after-end">
                {format(t.interventionBudget.flagged, { years: budget.flagged.join(', ') })}
              </Notice>
            ) : null}
            {budget.lineId === null ? (
              <p className="mb-3 text-sm text-slate-600">
                {format(t.interventionBudget.noLine, { plan: budget.planTitle })}
              </p>
            ) : null}
            {canEdit && budget.editable ? (
              <InterventionBudgetForm
                slug={association.slug}
                interventionId={item.id}
                planId={budget.planId}
                cells={budget.cells}
              />
            ) : (
              <>
                {!budget.editable ? (
                  <Notice>{format(t.interventionBudget.locked, { plan: budget.planTitle })}</Notice>
                ) : null}
                <DataTable
                  caption={format(t.interventionBudget.caption, { plan: budget.planTitle })}
                  rows={budget.cells}
                  rowKey={(c) => String(c.year)}
                  testId="intervention-budget"
                  columns={[
                    { header: t.interventionBudget.year, cell: (c) => c.year, rowHeader: true },
                    { header: t.interventionBudget.kind, cell: (c) => t.interventionBudget.kinds[c.kind] },
                    {
                      header: t.interventionBudget.amount,
                      cell: (c) => (c.amount === null ? '–' : formatKronor(c.amount)),
                      numeric: true,
                    },
                  ]}
                />
              </>
            )}
          </>
        )}
      </section>
      <HistoryPanel association={association} entityType="Intervention" entityId={item.id} />
    </>
  );
}
