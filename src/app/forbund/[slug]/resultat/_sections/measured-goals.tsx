import { GoalOutcomeBadge } from '@/components/results/goal-outcome-badge';
import { outcomeDetail, targetText } from '@/domain/results/describe';
import { format, messages } from '@/i18n/catalog';
import type { ResultsView } from '@/server/results/page-readers/get-results';

/** The year's goals that the statistics or indicators measure, with their outcome; nothing when there are none. */
export function MeasuredGoals({ view, year }: { view: ResultsView; year: number }) {
  const t = messages().results;
  if (view.measuredGoals.length === 0) return null;
  return (
    <section aria-labelledby="measured-goals-title" className="card mb-8">
      <h2 id="measured-goals-title" className="mb-2 text-base font-semibold">
        {format(t.goals.title, { year })}
      </h2>
      <ul className="divide-y divide-slate-100" data-testid="measured-goals">
        {view.measuredGoals.map((goal) => (
          <li
            key={goal.goalId}
            className="flex flex-wrap items-center justify-between gap-2 py-2"
            data-goal={goal.text}
          >
            <span className="max-w-prose text-sm">{goal.text}</span>
            <span className="flex items-center gap-2 text-sm text-slate-700">
              <span>
                {targetText(goal)} · {outcomeDetail(goal)}
              </span>
              <GoalOutcomeBadge outcome={goal.outcome} testId="goal-outcome" />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
