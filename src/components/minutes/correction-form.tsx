'use client';

import { useState } from 'react';
import { addCorrectionParagraphAction } from '@/actions/minutes';
import { messages } from '@/i18n/catalog';
import { Button } from '@/components/ui/button';
import { Field, FieldError } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { useServerAction } from '@/components/ui/use-server-action';

interface Props {
  slug: string;
  meetingId: string;
  correctable: { id: string; year: number; number: number; title: string }[];
}

/** A correction of locked minutes: a new paragraph here that points at the corrected one. */
export function CorrectionForm({ slug, meetingId, correctable }: Props) {
  const t = messages().minutes;
  const { busy, message: error, fieldErrors, run } = useServerAction();
  const [correctsId, setCorrectsId] = useState(correctable[0]?.id ?? '');
  const [discussion, setDiscussion] = useState('');
  const [decisionText, setDecisionText] = useState('');

  return (
    <details className="card">
      <summary className="cursor-pointer text-lg font-semibold">{t.correction.title}</summary>
      <p className="mt-2 text-sm text-slate-600">{t.correction.lead}</p>
      <form
        className="mt-3 grid gap-3"
        data-testid="correction-form"
        onSubmit={(event) => {
          event.preventDefault();
          void run(
            () => addCorrectionParagraphAction(slug, { meetingId, correctsId, title: '', discussion, decisionText }),
            () => {
              setDiscussion('');
              setDecisionText('');
            },
          );
        }}
      >
        <div>
          <label htmlFor="correction-corrects" className="text-sm font-medium">
            {t.correction.corrects}
          </label>
          <Select id="correction-corrects" value={correctsId} onChange={(event) => setCorrectsId(event.target.value)}>
            {correctable.map((paragraph) => (
              <option key={paragraph.id} value={paragraph.id}>
                {`§ ${paragraph.number} (${paragraph.year}) ${paragraph.title}`}
              </option>
            ))}
          </Select>
          <FieldError id="correction-corrects-error" error={fieldErrors.correctsId} />
        </div>
        <Field id="correction-discussion" label={t.form.discussion} labelClassName="text-sm font-medium">
          <Textarea rows={3} value={discussion} onChange={(event) => setDiscussion(event.target.value)} />
        </Field>
        <Field id="correction-decision" label={t.form.decisionText} labelClassName="text-sm font-medium">
          <Textarea rows={2} value={decisionText} onChange={(event) => setDecisionText(event.target.value)} />
        </Field>
        <FormError message={error} />
        <div>
          <Button type="submit" busy={busy}>
            {t.correction.submit}
          </Button>
        </div>
      </form>
    </details>
  );
}
