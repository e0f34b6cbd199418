import type { Metadata } from 'next';
import Link from 'next/link';
import { BudgetYearsTable } from '@/components/dashboard/budget-years-table';
import { DeadlineNotice } from '@/components/dashboard/deadline-notice';
import { KeyFigures } from '@/components/dashboard/key-figures';
import { PlanRoadCard } from '@/components/dashboard/plan-road-card';
import { PlanYearPicker } from '@/components/shell/plan-year-picker';
import { EmptyState } from '@/components/ui/empty-state';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { may } from '@/domain/authz/permissions';
import { parseYearParam } from '@/domain/plan/choose-plan-year';
import { format, messages } from '@/i18n/catalog';
import { formatLongDate } from '@/i18n/dates';
import { requireAssociationAccess } from '@/server/authz/require-association-access';
import { getDashboard } from '@/server/plan/page-readers/get-dashboard';
import { getPlanRoadSummary } from '@/server/plan/page-readers/get-plan-workflow';

export const metadata: Metadata = { title: messages().dashboard.title };

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ ar?: string | string[] }>;
}

export default async function DashboardPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { association, roles } = await requireAssociationAccess(slug, 'association.read');
  const requestedYear = parseYearParam((await searchParams).ar);
  const [data, planRoad] = await Promise.all([
    getDashboard(association.id, { now: new Date(), requestedYear }),
    getPlanRoadSummary(association.id, { now: new Date() }),
  ]);
  const { dashboard: t, areas } = messages();
  const { plan, budget } = data;
  const planTotals = plan && budget ? budget.totals.find((totals) => totals.year === plan.year) : undefined;
  const showInvoices = may(roles, 'invoice.read');

  // Each count links to what it counts, where the person may open that page.
  const base = `/forbund/${association.slug}`;
  const yearQuery = plan ? `?ar=${plan.year}` : '';
  const linkIf = (permission: Parameters<typeof may>[1], href: string) => (may(roles, permission) ? href : null);
  const counts: { key: keyof typeof t.counts; value: number; href: string | null }[] = [
    {
      key: 'interventions',
      value: data.counts.interventions,
      href: linkIf('plan.read', `${base}/insatser${yearQuery}`),
    },
    { key: 'goals', value: data.counts.goals, href: linkIf('plan.read', `${base}/mal${yearQuery}`) },
    {
      key: 'upcomingMeetings',
      value: data.counts.upcomingMeetings,
      href: linkIf('meeting.read', `${base}/sammantraden`),
    },
    { key: 'openMatters', value: data.counts.openMatters, href: linkIf('matter.read', `${base}/arenden`) },
    ...(showInvoices
      ? [
          {
            key: 'invoicesAwaitingAttest' as const,
            value: data.counts.invoicesAwaitingAttest,
            href: `${base}/fakturor?status=RECEIVED`,
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader title={plan ? plan.title : t.title}>
        {plan ? (
          <PlanYearPicker basePath={`/forbund/${association.slug}`} years={data.years} current={plan.year} />
        ) : null}
      </PageHeader>

      {data.deadline ? (
        <DeadlineNotice
          notice={data.deadline}
          href={`/forbund/${association.slug}/plan/arbetsgang?ar=${data.deadline.planYear}`}
        />
      ) : null}

      <PlanRoadCard summary={planRoad} slug={association.slug} />

      {data.requestedYearMissing && plan ? (
        <Notice>{format(t.requestedYearMissing, { year: data.requestedYearMissing, shown: plan.year })}</Notice>
      ) : null}

      {plan ? (
        <dl className="mb-8 flex flex-wrap gap-x-8 gap-y-2 text-sm" data-testid="plan-meta">
          <div className="flex gap-2">
            <dt className="text-slate-600">{t.status}</dt>
            <dd>
              <span
                className="rounded-full bg-accent-50 px-2.5 py-0.5 font-semibold text-accent-800 ring-1 ring-accent-100"
                data-testid="plan-status"
              >
                {areas.planStatus[plan.status]}
              </span>
            </dd>
          </div>
          <div className="flex gap-2">
            <dt className="text-slate-600">{t.decisionLabel}</dt>
            <dd data-testid="plan-decided">
              {plan.decidedAt
                ? formatLongDate(plan.decidedAt)
                : plan.adoptionPendingSince
                  ? format(t.decidedPendingAdjustment, { date: formatLongDate(plan.adoptionPendingSince) })
                  : t.notDecided}
            </dd>
          </div>
          <div className="flex gap-2">
            <dt className="text-slate-600">{t.versionLabel}</dt>
            <dd data-testid="plan-version">{plan.versionNumber}</dd>
          </div>
        </dl>
      ) : (
        <EmptyState title={t.noPlanTitle} body={t.noPlanBody} testId="no-plan" />
      )}

      {plan && planTotals ? <KeyFigures year={plan.year} totals={planTotals} /> : null}

      {plan && budget && budget.columns.length > 0 ? (
        <BudgetYearsTable planYear={plan.year} columns={budget.columns} totals={budget.totals} />
      ) : null}

      <div className="mt-8 grid gap-6 md:grid-cols-2">
        <section className="card" aria-labelledby="activity-title">
          <h2 id="activity-title" className="text-lg font-semibold">
            {t.activityTitle}
          </h2>
          <dl className="mt-3 divide-y divide-slate-100">
            {counts.map((count) => (
              <div key={count.key} className="flex items-baseline justify-between gap-4 py-2">
                <dt className="text-slate-700">
                  {count.href ? (
                    <Link href={count.href} className="underline" data-testid={`count-${count.key}-link`}>
                      {t.counts[count.key]}
                    </Link>
                  ) : (
                    t.counts[count.key]
                  )}
                </dt>
                <dd className="text-lg font-semibold tabular-nums" data-testid={`count-${count.key}`}>
                  {count.value}
                </dd>
              </div>
            ))}
          </dl>
        </section>

        <section className="card" aria-labelledby="members-title">
          <h2 id="members-title" className="text-lg font-semibold">
            {t.membersTitle}
          </h2>
          {data.members.length === 0 ? (
            <p className="mt-3 text-slate-600">{t.noMembers}</p>
          ) : (
            <ul className="mt-3 divide-y divide-slate-100" data-testid="members">
              {data.members.map((member) => (
                <li key={member.id} className="flex items-baseline justify-between gap-4 py-2">
                  <span className="font-medium">{member.name}</span>
                  {member.name === areas.memberKind[member.kind] ? null : (
                    <span className="text-sm text-slate-600">{areas.memberKind[member.kind]}</span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
