'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { GoalOutcome } from '@/domain/results/types';
import { saveGoalEvaluationAction } from '@/actions/results';
import { messages } from '@/i18n/catalog';
import { buttonClass, FieldError, failureText, inputClass } from './form-bits';

/** A goal's note, and its outcome where the data does not decide it. */
export function GoalEvaluationForm(props: { slug: string; goalId: string; year: number; dataDecides: boolean; initial: { note: string; outcome: GoalOutcome | null; version: number | null } }) {
  const t = messages().results.goals;
  const router = useRouter();
  const [note, setNote] = useState(props.initial.note);
  const [outcome, setOutcome] = useState<GoalOutcome | ''>(props.initial.outcome ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const id = `goal-${props.goalId}`;
  return (
    <form
      className="grid gap-2"
      data-testid="goal-evaluation-form"
      onSubmit={async (event) => {
        event.preventDefault();
        const result = await saveGoalEvaluationAction(props.slug, { goalId: props.goalId, year: props.year, note, outcome: props.dataDecides ? null : outcome || null, version: props.initial.version });
        setErrors(failureText(result));
        setSaved(result.ok);
        if (result.ok) router.refresh();
      }}
    >
      <label htmlFor={`${id}-note`} className="text-sm font-medium">
        {t.note}
      </label>
      <textarea id={`${id}-note`} rows={2} className={inputClass} value={note} onChange={(event) => setNote(event.target.value)} aria-describedby={errors.note ? `${id}-note-error` : undefined} />
      <FieldError id={`${id}-note-error`} message={errors.note} />
      {!props.dataDecides ? (
        <>
          <label htmlFor={`${id}-outcome`} className="text-sm font-medium">
            {t.manualOutcome}
          </label>
          <select id={`${id}-outcome`} className={inputClass} value={outcome} onChange={(event) => setOutcome(event.target.value as GoalOutcome | '')}>
            <option value="">{t.manualNone}</option>
            {(['MET', 'NOT_MET', 'NOT_MEASURABLE_YET'] as const).map((o) => (
              <option key={o} value={o}>
                {t.outcomeLabel[o]}
              </option>
            ))}
          </select>
        </>
      ) : null}
      <FieldError id={`${id}-outcome-error`} message={errors.outcome ?? errors.form} />
      {saved ? (
        <p role="status" className="text-sm text-green-800">
          {t.saved}
        </p>
      ) : null}
      <div>
        <button type="submit" className={buttonClass}>
          {t.save}
        </button>
      </div>
    </form>
  );
}
