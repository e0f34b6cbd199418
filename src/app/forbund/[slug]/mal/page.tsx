import type { Metadata } from 'next';
import { PlanYearPicker } from '@/components/shell/plan-year-picker';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { calendarDateIn } from '@/domain/calendar/local-date';
import { parseYearParam } from '@/domain/plan/choose-plan-year';
import type { GoalLevel } from '@/generated/prisma/enums';
import { format, messages } from '@/i18n/catalog';
import { requireAssociationAccess } from '@/server/authz/require-association-access';
import { findPlan } from '@/server/plan/find-plan';
import { getGoals } from '@/server/plan/get-goals';

export const metadata: Metadata = { title: messages().areas.goals.title };

const LEVELS: readonly GoalLevel[] = ['INDIVIDUAL', 'STRUCTURAL', 'FINANCIAL'];

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ ar?: string | string[] }>;
}

type Goals = Awaited<ReturnType<typeof getGoals>>;

function ageRange(group: Goals['targetGroups'][number], t: ReturnType<typeof messages>['areas']): string {
  const { ageMin: min, ageMax: max } = group;
  if (min != null && max != null) return format(t.goals.ageBetween, { min, max });
  if (min != null) return format(t.goals.ageFrom, { min });
  if (max != null) return format(t.goals.ageUpTo, { max });
  return t.notSet;
}

function targetText(goal: Goals['goals'][number], t: ReturnType<typeof messages>['areas']): string | null {
  if (!goal.targetKind) return null;
  if (goal.targetKind === 'YES_NO') return t.goals.targetYesNo;
  if (!goal.targetValue) return null;
  const value = goal.targetValue.replace('.', ',');
  return format(t.goals.target, { value: format(goal.targetKind === 'PERCENT' ? t.goals.targetPercent : t.goals.targetCount, { value }) });
}

export default async function GoalsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { association } = await requireAssociationAccess(slug, 'plan.read');
  const t = messages().areas;
  const { plan, years } = await findPlan(association.id, calendarDateIn(new Date()).year, parseYearParam((await searchParams).ar));

  if (!plan) {
    return (
      <>
        <PageHeader title={t.goals.title} />
        <EmptyState title={t.noPlan} body={t.noPlanBody} />
      </>
    );
  }

  const { targetGroups, goals } = await getGoals(plan.id);

  return (
    <>
      <PageHeader title={t.goals.title} lead={plan.title}>
        <PlanYearPicker basePath={`/forbund/${association.slug}/mal`} years={years} current={plan.year} />
      </PageHeader>

      <section aria-labelledby="target-groups-title" className="mb-10">
        <h2 id="target-groups-title" className="mb-3 text-xl font-semibold">
          {t.goals.targetGroupsTitle}
        </h2>
        {targetGroups.length === 0 ? (
          <p className="text-slate-600">{t.goals.noTargetGroups}</p>
        ) : (
          <div className="card overflow-x-auto">
            <table className="data-table" data-testid="target-groups">
              <caption className="sr-only">{t.goals.targetGroupsTitle}</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">
                    {t.goals.priority}
                  </th>
                  <th scope="col">{t.goals.targetGroup}</th>
                  <th scope="col">{t.goals.ageRange}</th>
                  <th scope="col">{t.goals.description}</th>
                </tr>
              </thead>
              <tbody>
                {targetGroups.map((group) => (
                  <tr key={group.id}>
                    <td className="num">{group.priority}</td>
                    <th scope="row" className="font-medium">
                      {group.name}
                    </th>
                    <td className="whitespace-nowrap">{ageRange(group, t)}</td>
                    <td className="max-w-prose text-slate-700">{group.description}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="goals-title">
        <h2 id="goals-title" className="mb-3 text-xl font-semibold">
          {t.goals.goalsTitle}
        </h2>
        <div className="grid gap-6 lg:grid-cols-3">
          {LEVELS.map((level) => {
            const ofLevel = goals.filter((goal) => goal.level === level);
            return (
              <section key={level} className="card" aria-labelledby={`goals-${level}`} data-testid={`goals-${level.toLowerCase()}`}>
                <h3 id={`goals-${level}`} className="text-base font-semibold">
                  {t.goalLevel[level]}
                </h3>
                {ofLevel.length === 0 ? (
                  <p className="mt-2 text-sm text-slate-600">{t.goals.noGoals}</p>
                ) : (
                  <ol className="mt-3 list-decimal space-y-3 pl-5">
                    {ofLevel.map((goal) => {
                      const target = targetText(goal, t);
                      return (
                        <li key={goal.id}>
                          <p>{goal.text}</p>
                          {target ? <p className="mt-0.5 text-sm text-slate-600">{target}</p> : null}
                          {goal.indicator ? <p className="mt-0.5 text-sm text-slate-600">{format(t.goals.indicator, { indicator: goal.indicator })}</p> : null}
                        </li>
                      );
                    })}
                  </ol>
                )}
              </section>
            );
          })}
        </div>
      </section>
    </>
  );
}
