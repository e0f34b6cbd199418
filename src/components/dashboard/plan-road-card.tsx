import Link from 'next/link';
import { PlanStepper } from '@/components/plan-workflow/plan-stepper';
import { StatusBadge } from '@/components/ui/status-badge';
import { format, messages } from '@/i18n/catalog';
import { formatLongDate } from '@/i18n/dates';
import type { PlanRoadSummary } from '@/server/plan/page-readers/get-plan-workflow';

/** Next year's plan on the dashboard: a compact road, days left to the deadline, and a late adoption flagged. */
export function PlanRoadCard({ summary, slug }: { summary: PlanRoadSummary; slug: string }) {
  const t = messages().planWorkflow;
  const deadline = formatLongDate(summary.deadline);
  const adopted = summary.plan?.status === 'ADOPTED' || summary.plan?.status === 'REVISED';
  return (
    <section className="card mb-8" aria-labelledby="plan-road-title" data-testid="plan-road">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 id="plan-road-title" className="text-lg font-semibold">
          {format(t.dashboard.title, { year: summary.planYear })}
        </h2>
        <span className="flex gap-4 text-sm">
          <Link href={`/forbund/${slug}/plan/arbetsgang?ar=${summary.planYear}`} className="font-medium underline">
            {t.dashboard.open}
          </Link>
          <Link href={`/forbund/${slug}/plan/medlemssamrad?ar=${summary.planYear - 1}`} className="underline">
            {t.consultation.title}
          </Link>
        </span>
      </div>
      {summary.plan ? (
        <div className="mt-3">
          <PlanStepper steps={summary.steps} compact />
        </div>
      ) : (
        <p className="mt-2 text-slate-600">{t.page.noPlanTitle}</p>
      )}
      <p className="mt-3 text-sm" data-testid="plan-road-deadline">
        {adopted
          ? null
          : summary.daysLeft >= 0
            ? format(t.dashboard.daysLeft, { days: summary.daysLeft, deadline })
            : format(t.page.deadlinePassed, { days: -summary.daysLeft, deadline })}
      </p>
      {summary.late ? (
        <StatusBadge label={format(t.dashboard.adoptedLate, { deadline })} tone="negative" testId="plan-road-late" />
      ) : null}
    </section>
  );
}
