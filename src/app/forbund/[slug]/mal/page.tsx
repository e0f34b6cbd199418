import type { Metadata } from 'next';
import Link from 'next/link';
import { GoalControls } from '@/components/plan/goal-editor';
import { PlanYearPicker } from '@/components/shell/plan-year-picker';
import { EmptyState } from '@/components/ui/empty-state';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { StatusBadge } from '@/components/ui/status-badge';
import { formatKronor } from '@/domain/money/kronor';
import type { GoalLevel } from '@/generated/prisma/enums';
import { format, messages } from '@/i18n/catalog';
import type { PlanContent } from '@/server/plan/page-readers/get-plan-content';
import { loadPlanPage } from '@/server/plan/load-plan-page';

export const metadata: Metadata = { title: messages().areas.goals.title };

const LEVELS: readonly GoalLevel[] = ['INDIVIDUAL', 'STRUCTURAL', 'FINANCIAL'];

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ ar?: string | string[] }>;
}

type Goal = PlanContent['goals'][number];

function targetText(goal: Goal): string | null {
  const t = messages().areas.goals;
  if (!goal.targetKind) return null;
  if (goal.targetKind === 'YES_NO') return t.targetYesNo;
  if (!goal.targetValue) return null;
  const value = goal.targetValue.replace('.', ',');
  return format(t.target, {
    value: format(goal.targetKind === 'PERCENT' ? t.targetPercent : t.targetCount, { value }),
  });
}

/** The goal as the (client) editor takes it: plain values only. */
function editorGoal({ financialStatus: _status, ...goal }: Goal) {
  void _status;
  return goal;
}

function FinancialStatus({ goal }: { goal: Goal }) {
  const s = goal.financialStatus;
  if (!s) return null;
  const t = messages().planContent.goals;
  const k = (v: Parameters<typeof formatKronor>[0] | undefined) => (v === undefined ? '' : formatKronor(v));
  const detail = format(t.statusDetail[s.check], {
    year: s.year,
    costs: k(s.figures.costs),
    available: k(s.figures.available),
    equity: k(s.figures.equity),
    cap: k(s.figures.cap),
    closing: k(s.figures.closingEquity),
    floor: k(s.figures.floor),
  });
  return (
    <p className="mt-1 flex flex-wrap items-center gap-2 text-sm" data-testid="goal-financial-status">
      <StatusBadge label={s.met ? t.statusMet : t.statusNotMet} tone={s.met ? 'active' : 'negative'} />
      <span className="text-slate-600">{detail}</span>
    </p>
  );
}

export default async function GoalsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { association, years, content, canEdit } = await loadPlanPage(slug, (await searchParams).ar);
  const t = messages().areas;
  const g = messages().planContent.goals;
  if (!content) {
    return (
      <>
        <PageHeader title={t.goals.title} />
        <EmptyState title={t.noPlan} body={t.noPlanBody} />
      </>
    );
  }
  const options = {
    targetGroups: content.targetGroups.map(({ id, name }) => ({ id, name })),
    interventions: content.interventions.map(({ id, name }) => ({ id, name })),
  };

  return (
    <>
      <PageHeader title={t.goals.title} lead={content.title}>
        <PlanYearPicker basePath={`/forbund/${association.slug}/mal`} years={years} current={content.year} />
      </PageHeader>
      {!content.editable ? <Notice>{messages().planContent.page.locked}</Notice> : null}
      <p className="mb-6 max-w-prose text-slate-700">
        {g.lead}{' '}
        <Link href={`/forbund/${association.slug}/plan/malgrupper?ar=${content.year}`} className="underline">
          {g.targetGroupsLink}
        </Link>
      </p>

      <section aria-labelledby="goals-title">
        <h2 id="goals-title" className="mb-3 text-xl font-semibold">
          {t.goals.goalsTitle}
        </h2>
        <div className="grid gap-6 lg:grid-cols-3">
          {LEVELS.map((level) => {
            const ofLevel = content.goals.filter((goal) => goal.level === level);
            return (
              <section
                key={level}
                className="card"
                aria-labelledby={`goals-${level}`}
                data-testid={`goals-${level.toLowerCase()}`}
              >
                <h3 id={`goals-${level}`} className="text-base font-semibold">
                  {t.goalLevel[level]}
                </h3>
                {ofLevel.length === 0 ? <p className="mt-2 text-sm text-slate-600">{t.goals.noGoals}</p> : null}
                <ol className="mt-3 list-decimal space-y-4 pl-5">
                  {ofLevel.map((goal) => {
                    const target = targetText(goal);
                    return (
                      <li key={goal.id} data-testid="goal">
                        <p>{goal.text}</p>
                        {target ? <p className="mt-0.5 text-sm text-slate-600">{target}</p> : null}
                        {goal.indicator ? (
                          <p className="mt-0.5 text-sm text-slate-600">
                            {format(t.goals.indicator, { indicator: goal.indicator })}
                          </p>
                        ) : null}
                        {goal.measure ? (
                          <p className="mt-0.5 text-sm text-slate-600">
                            {format(g.measuredBy, { measure: g.measures[goal.measure] })}
                          </p>
                        ) : null}
                        {goal.targetGroups.length > 0 ? (
                          <p className="mt-0.5 text-sm text-slate-600">
                            {format(g.linkedGroups, { names: goal.targetGroups.map((x) => x.name).join(', ') })}
                          </p>
                        ) : null}
                        {goal.interventions.length > 0 ? (
                          <p className="mt-0.5 text-sm text-slate-600">
                            {format(g.linkedInterventions, { names: goal.interventions.map((x) => x.name).join(', ') })}
                          </p>
                        ) : null}
                        <FinancialStatus goal={goal} />
                        {canEdit ? (
                          <GoalControls
                            slug={association.slug}
                            planId={content.id}
                            level={level}
                            goal={editorGoal(goal)}
                            options={options}
                          />
                        ) : null}
                      </li>
                    );
                  })}
                </ol>
                {canEdit ? (
                  <div className="mt-4">
                    <GoalControls slug={association.slug} planId={content.id} level={level} options={options} />
                  </div>
                ) : null}
              </section>
            );
          })}
        </div>
      </section>
    </>
  );
}
