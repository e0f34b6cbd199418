import type { Metadata } from 'next';
import Link from 'next/link';
import { GoalEvaluationForm } from '@/components/results/goal-evaluation-form';
import { GoalOutcomeBadge } from '@/components/results/goal-outcome-badge';
import { PlanYearPicker } from '@/components/shell/plan-year-picker';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { may } from '@/domain/authz/permissions';
import { calendarDateIn } from '@/domain/calendar/local-date';
import { parseYearParam } from '@/domain/plan/choose-plan-year';
import { MIN_BASE } from '@/domain/results/goal-evaluation';
import { outcomeDetail, targetText } from '@/domain/results/describe';
import type { GoalLevel } from '@/generated/prisma/enums';
import { format, messages } from '@/i18n/catalog';
import { requireAssociationAccess } from '@/server/authz/require-association-access';
import { getGoalsReport } from '@/server/results/page-readers/get-goals-report';

export const metadata: Metadata = { title: messages().results.goals.navLink };

const LEVELS: readonly GoalLevel[] = ['INDIVIDUAL', 'STRUCTURAL', 'FINANCIAL'];

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ ar?: string | string[] }>;
}

export default async function GoalsReportPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { association, roles } = await requireAssociationAccess(slug, 'reports.read');
  const t = messages().results;
  const year = parseYearParam((await searchParams).ar) ?? calendarDateIn(new Date()).year;
  const { plan, goals, planYears } = await getGoalsReport(association.id, year);
  const base = `/forbund/${encodeURIComponent(association.slug)}/resultat`;
  const editable = may(roles, 'results.edit');
  const counts = {
    met: goals.filter((g) => g.outcome === 'MET').length,
    notMet: goals.filter((g) => g.outcome === 'NOT_MET').length,
    open: goals.filter((g) => g.outcome === 'NOT_MEASURABLE_YET').length,
  };

  return (
    <>
      <PageHeader title={format(t.goals.title, { year })} lead={format(t.goals.lead, { min: MIN_BASE })}>
        <div className="flex flex-col items-end gap-2">
          <PlanYearPicker basePath={`${base}/mal`} years={planYears} current={year} />
          <Link href={`${base}?ar=${year}`} className="text-sm font-semibold">
            ← {t.title}
          </Link>
        </div>
      </PageHeader>
      {!plan ? (
        <EmptyState title={t.goals.noPlan} body={t.goals.lead.replace('{min}', String(MIN_BASE))} />
      ) : goals.length === 0 ? (
        <EmptyState title={t.goals.noGoals} body={plan.title} />
      ) : (
        <>
          <p className="mb-6 font-medium" data-testid="goals-summary">
            {plan.title}: {format(t.goals.summary, counts)}
          </p>
          {LEVELS.map((level) => {
            const ofLevel = goals.filter((g) => g.level === level);
            if (ofLevel.length === 0) return null;
            return (
              <section key={level} className="mb-8" aria-labelledby={`level-${level}`}>
                <h2 id={`level-${level}`} className="mb-3 text-xl font-semibold">
                  {messages().areas.goalLevel[level]}
                </h2>
                <ul className="grid gap-4">
                  {ofLevel.map((goal) => {
                    return (
                      <li key={goal.goalId} className="card" data-testid="goal-report-row" data-goal={goal.text}>
                        <div className="flex flex-wrap items-start justify-between gap-3">
                          <p className="max-w-prose font-medium">{goal.text}</p>
                          <span className="flex items-center gap-2">
                            <GoalOutcomeBadge outcome={goal.outcome} testId="goal-outcome" />
                            {goal.manual ? <span className="text-xs text-slate-600">({t.goals.manual})</span> : null}
                          </span>
                        </div>
                        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                          {goal.measure ? (
                            <>
                              <dt className="text-slate-600">{t.goals.status}</dt>
                              <dd>{t.goals.measure[goal.measure]}</dd>
                            </>
                          ) : null}
                          <dt className="text-slate-600">{t.goals.target}</dt>
                          <dd>{targetText(goal)}</dd>
                          <dt className="text-slate-600">{t.goals.outcome}</dt>
                          <dd data-testid="goal-measured">{outcomeDetail(goal)}</dd>
                          {goal.note ? (
                            <>
                              <dt className="text-slate-600">{t.goals.note}</dt>
                              <dd className="whitespace-pre-line">{goal.note}</dd>
                            </>
                          ) : null}
                        </dl>
                        {editable ? (
                          <details className="mt-3">
                            <summary className="cursor-pointer text-sm font-semibold text-accent-800">
                              {t.goals.note}
                            </summary>
                            <div className="mt-2 max-w-xl">
                              <GoalEvaluationForm
                                slug={association.slug}
                                goalId={goal.goalId}
                                year={year}
                                dataDecides={goal.computed.outcome !== 'NOT_MEASURABLE_YET'}
                                initial={{
                                  note: goal.note,
                                  outcome: goal.evaluation?.outcome ?? null,
                                  version: goal.evaluation?.version ?? null,
                                }}
                              />
                            </div>
                          </details>
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
              </section>
            );
          })}
        </>
      )}
    </>
  );
}
