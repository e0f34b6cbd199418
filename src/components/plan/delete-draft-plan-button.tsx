'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { deleteDraftPlanAction } from '@/actions/plan';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { useServerAction } from '@/components/ui/use-server-action';
import { format, messages } from '@/i18n/catalog';

/** "Ta bort utkastet", after a confirmation; the server refuses with its reasons when something refers to the plan. */
export function DeleteDraftPlanButton({
  slug,
  planId,
  version,
  year,
}: {
  slug: string;
  planId: string;
  version: number;
  year: number;
}) {
  const t = messages().planContent.deletePlan;
  const router = useRouter();
  const action = useServerAction();
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="print:hidden" data-testid="delete-plan">
      {confirming ? (
        <div role="group" aria-labelledby="delete-plan-confirm" className="grid max-w-md gap-2">
          <p id="delete-plan-confirm" className="text-sm">
            {format(t.confirm, { year })}
          </p>
          <div className="flex gap-3">
            <Button
              variant="danger"
              busy={action.busy}
              testId="delete-plan-confirm"
              onClick={() =>
                action.run(
                  () => deleteDraftPlanAction(slug, { planId, version }),
                  () => router.push(`/forbund/${slug}/plan`),
                )
              }
            >
              {t.confirmButton}
            </Button>
            <Button variant="secondary" disabled={action.busy} onClick={() => setConfirming(false)}>
              {t.cancel}
            </Button>
          </div>
        </div>
      ) : (
        <Button variant="danger" size="sm" testId="delete-plan-button" onClick={() => setConfirming(true)}>
          {t.button}
        </Button>
      )}
      <FormError message={action.message} />
    </div>
  );
}
