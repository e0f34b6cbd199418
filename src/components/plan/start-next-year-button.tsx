'use client';

import { useRouter } from 'next/navigation';
import { startNextYearPlanAction } from '@/actions/plan';
import { format, messages } from '@/i18n/catalog';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { useServerAction } from '@/components/ui/use-server-action';

/** "Starta plan {år+1}": next year's draft from this plan; then opens it. */
export function StartNextYearButton({ slug, planId, year }: { slug: string; planId: string; year: number }) {
  const t = messages().planContent.startNextYear;
  const router = useRouter();
  const action = useServerAction();
  return (
    <div className="print:hidden">
      <Button
        size="lg"
        busy={action.busy}
        aria-describedby="start-next-year-help"
        data-testid="start-next-year"
        onClick={() =>
          action.run(
            () => startNextYearPlanAction(slug, { sourcePlanId: planId }),
            (data) => router.push(`/forbund/${slug}/plan?ar=${data.year}`),
          )
        }
      >
        {format(t.button, { year: year + 1 })}
      </Button>
      <p id="start-next-year-help" className="mt-1 max-w-md text-sm text-slate-600">
        {format(t.help, { year: year + 1, from: year })}
      </p>
      <FormError message={action.message} />
    </div>
  );
}
