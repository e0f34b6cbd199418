'use client';

import { useRouter } from 'next/navigation';
import { startNextYearPlanAction } from '@/actions/plan';
import { format, messages } from '@/i18n/catalog';
import { FormMessage, primaryButton, useAction } from './form-kit';

/** "Starta plan {år+1}": next year's draft from this plan; then opens it. */
export function StartNextYearButton({ slug, planId, year }: { slug: string; planId: string; year: number }) {
  const t = messages().planContent.startNextYear;
  const router = useRouter();
  const action = useAction();
  return (
    <div className="print:hidden">
      <button
        type="button"
        className={primaryButton}
        disabled={action.pending}
        aria-describedby="start-next-year-help"
        data-testid="start-next-year"
        onClick={() => action.run(() => startNextYearPlanAction(slug, { sourcePlanId: planId }), (data) => router.push(`/forbund/${slug}/plan?ar=${data.year}`))}
      >
        {format(t.button, { year: year + 1 })}
      </button>
      <p id="start-next-year-help" className="mt-1 max-w-md text-sm text-slate-600">
        {format(t.help, { year: year + 1, from: year })}
      </p>
      <FormMessage message={action.message} />
    </div>
  );
}
