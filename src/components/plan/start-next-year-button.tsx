'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { startNextYearPlanAction } from '@/actions/plan';
import { format, messages } from '@/i18n/catalog';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { useServerAction } from '@/components/ui/use-server-action';

/**
 * "Starta plan {år+1}": first a confirmation that says what is copied (copyPlanToYear) and what
 * stays behind, then next year's draft from this plan; then opens it.
 */
export function StartNextYearButton({ slug, planId, year }: { slug: string; planId: string; year: number }) {
  const t = messages().planContent.startNextYear;
  const router = useRouter();
  const action = useServerAction();
  const [confirming, setConfirming] = useState(false);
  const next = { year: year + 1, from: year };
  if (!confirming)
    return (
      <div className="print:hidden">
        <Button
          size="lg"
          aria-describedby="start-next-year-help"
          testId="start-next-year"
          onClick={() => setConfirming(true)}
        >
          {format(t.button, next)}
        </Button>
        <p id="start-next-year-help" className="mt-1 max-w-md text-sm text-slate-600">
          {format(t.help, next)}
        </p>
      </div>
    );
  return (
    <section
      className="card max-w-xl print:hidden"
      aria-labelledby="start-next-year-confirm"
      data-testid="start-next-year-confirm"
    >
      <h2 id="start-next-year-confirm" className="text-lg font-semibold">
        {format(t.confirmTitle, next)}
      </h2>
      <p className="mt-1 text-sm">{format(t.confirmIntro, next)}</p>
      <ul className="mt-2 list-disc pl-6 text-sm">
        {t.copied.map((line) => (
          <li key={line}>{format(line, next)}</li>
        ))}
      </ul>
      <p className="mt-2 text-sm text-slate-600">{format(t.notCopied, next)}</p>
      <div className="mt-3 flex flex-wrap gap-3">
        <Button
          busy={action.busy}
          testId="start-next-year-confirm-button"
          onClick={() =>
            action.run(
              () => startNextYearPlanAction(slug, { sourcePlanId: planId }),
              (data) => router.push(`/forbund/${slug}/plan?ar=${data.year}`),
            )
          }
        >
          {format(t.confirm, next)}
        </Button>
        <Button variant="secondary" onClick={() => setConfirming(false)} disabled={action.busy}>
          {t.cancel}
        </Button>
      </div>
      <FormError message={action.message} />
    </section>
  );
}
