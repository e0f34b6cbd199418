import type { WorkflowStep } from '@/server/plan/page-readers/get-plan-workflow';
import { messages } from '@/i18n/catalog';
import { formatDate } from '@/i18n/dates';

/** The plan's road as an ordered list: done steps with the date reached, the current one marked. */
export function PlanStepper({ steps, compact = false }: { steps: WorkflowStep[]; compact?: boolean }) {
  const t = messages().planWorkflow;
  return (
    <ol
      aria-label={t.page.stepperLabel}
      className={`flex flex-wrap gap-2 ${compact ? 'text-xs' : 'text-sm'}`}
      data-testid="plan-stepper"
    >
      {steps.map((step, index) => {
        const tone =
          step.state === 'current'
            ? 'border-accent-700 bg-accent-50 text-accent-900 font-semibold'
            : step.state === 'done'
              ? 'border-slate-300 bg-white text-slate-800'
              : 'border-dashed border-slate-300 bg-slate-50 text-slate-500';
        return (
          <li
            key={step.status}
            className={`rounded-md border px-3 py-1.5 ${tone}`}
            aria-current={step.state === 'current' ? 'step' : undefined}
            data-testid={`step-${step.status}`}
            data-state={step.state}
          >
            <span className="tabular-nums">{index + 1}. </span>
            {t.status[step.status]}
            {step.state === 'done' ? <span className="sr-only"> ({t.page.stepDone})</span> : null}
            {step.state === 'current' ? <span className="sr-only"> ({t.page.stepCurrent})</span> : null}
            {step.at && !compact ? (
              <span className="block text-xs font-normal text-slate-600">{formatDate(step.at)}</span>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
