'use client';

import { useState } from 'react';
import type { GoalOutcome } from '@/domain/results/types';
import { saveGoalEvaluationAction } from '@/actions/results';
import { messages } from '@/i18n/catalog';
import { FieldError } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { useServerAction } from '@/components/ui/use-server-action';
import { SaveFooter } from '@/components/ui/save-footer';

/** A goal's note, and its outcome where the data does not decide it. */
export function GoalEvaluationForm(props: {
  slug: string;
  goalId: string;
  year: number;
  dataDecides: boolean;
  initial: { note: string; outcome: GoalOutcome | null; version: number | null };
}) {
  const t = messages().results.goals;
  const [note, setNote] = useState(props.initial.note);
  const [outcome, setOutcome] = useState<GoalOutcome | ''>(props.initial.outcome ?? '');
  const { run, busy, message, fieldErrors: errors } = useServerAction();
  const [saved, setSaved] = useState(false);
  const id = `goal-${props.goalId}`;
  return (
    <form
      className="grid gap-2"
      data-testid="goal-evaluation-form"
      onSubmit={async (event) => {
        event.preventDefault();
        const result = await run(() =>
          saveGoalEvaluationAction(props.slug, {
            goalId: props.goalId,
            year: props.year,
            note,
            outcome: props.dataDecides ? null : outcome || null,
            version: props.initial.version,
          }),
        );
        setSaved(result.ok);
      }}
    >
      <label htmlFor={`${id}-note`} className="text-sm font-medium">
        {t.note}
      </label>
      <Textarea
        id={`${id}-note`}
        rows={2}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        aria-describedby={errors.note ? `${id}-note-error` : undefined}
      />
      <FieldError id={`${id}-note-error`} error={errors.note} />
      {!props.dataDecides ? (
        <>
          <label htmlFor={`${id}-outcome`} className="text-sm font-medium">
            {t.manualOutcome}
          </label>
          <Select
            id={`${id}-outcome`}
            value={outcome}
            onChange={(event) => setOutcome(event.target.value as GoalOutcome | '')}
          >
            <option value="">{t.manualNone}</option>
            {(['MET', 'NOT_MET', 'NOT_MEASURABLE_YET'] as const).map((o) => (
              <option key={o} value={o}>
                {t.outcomeLabel[o]}
              </option>
            ))}
          </Select>
        </>
      ) : null}
      <FieldError id={`${id}-outcome-error`} error={errors.outcome ?? message} />
      <SaveFooter saved={saved} savedText={t.saved} busy={busy} label={t.save} />
    </form>
  );
}
