'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { createPlanAction } from '@/actions/plan';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { Input } from '@/components/ui/input';
import { useServerAction } from '@/components/ui/use-server-action';
import { messages } from '@/i18n/catalog';

/** "Skapa plan": an empty draft for any year without a plan, past years included; then opens it. */
export function CreatePlanForm({ slug, defaultYear }: { slug: string; defaultYear: number }) {
  const t = messages().planContent.createPlan;
  const router = useRouter();
  const action = useServerAction();
  const [year, setYear] = useState(String(defaultYear));
  return (
    <form
      className="card grid max-w-md gap-3 print:hidden"
      aria-labelledby="create-plan-title"
      data-testid="create-plan"
      onSubmit={(event) => {
        event.preventDefault();
        void action.run(
          () => createPlanAction(slug, { year: Number(year) }),
          (data) => router.push(`/forbund/${slug}/plan?ar=${data.year}`),
        );
      }}
    >
      <h2 id="create-plan-title" className="text-lg font-semibold">
        {t.title}
      </h2>
      <p className="text-sm text-slate-600">{t.intro}</p>
      <Field label={t.year} hint={t.yearHint} error={action.fieldErrors.year}>
        <Input
          type="number"
          inputMode="numeric"
          value={year}
          onChange={(event) => setYear(event.target.value)}
          className="w-32"
          testId="create-plan-year"
          required
        />
      </Field>
      <div>
        <Button type="submit" busy={action.busy} testId="create-plan-submit">
          {t.submit}
        </Button>
      </div>
      {action.fieldErrors.year ? null : <FormError message={action.message} />}
    </form>
  );
}
