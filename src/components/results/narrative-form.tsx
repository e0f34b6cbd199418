'use client';

import { useState } from 'react';
import { saveAnnualReportNarrativeAction } from '@/actions/results';
import { messages } from '@/i18n/catalog';
import { FieldError } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { Textarea } from '@/components/ui/textarea';
import { useServerAction } from '@/components/ui/use-server-action';
import { SaveFooter } from '@/components/ui/save-footer';

type Part = 'introduction' | 'reflections' | 'nextYear';
type Narrative = Record<Part, string>;

/** The annual report's written parts, in Markdown. */
export function NarrativeForm(props: { slug: string; year: number; initial: Narrative; version: number | null }) {
  const t = messages().results.report;
  const [values, setValues] = useState(props.initial);
  const { run, busy, message, fieldErrors: errors } = useServerAction();
  const [saved, setSaved] = useState(false);
  return (
    <form
      className="grid gap-3 print:hidden"
      data-testid="narrative-form"
      onSubmit={async (event) => {
        event.preventDefault();
        const result = await run(() =>
          saveAnnualReportNarrativeAction(props.slug, { year: props.year, narrative: values, version: props.version }),
        );
        setSaved(result.ok);
      }}
    >
      {(['introduction', 'reflections', 'nextYear'] as const).map((part) => (
        <div key={part}>
          <label htmlFor={`narrative-${part}`} className="text-sm font-medium">
            {t.narrative[part]}
          </label>
          <Textarea
            id={`narrative-${part}`}
            rows={5}
            value={values[part]}
            onChange={(event) => setValues({ ...values, [part]: event.target.value })}
            aria-describedby="narrative-help"
          />
          <FieldError id={`narrative-${part}-error`} error={errors[`narrative.${part}`]} />
        </div>
      ))}
      <p id="narrative-help" className="text-xs text-slate-600">
        {t.narrativeHelp}
      </p>
      <FormError message={message} />
      <SaveFooter saved={saved} savedText={t.narrativeSaved} busy={busy} label={t.saveNarrative} />
    </form>
  );
}
