'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { saveAnnualReportNarrativeAction } from '@/actions/results';
import { messages } from '@/i18n/catalog';
import { buttonClass, FieldError, failureText, inputClass } from './form-bits';

type Part = 'introduction' | 'reflections' | 'nextYear';
type Narrative = Record<Part, string>;

/** The annual report's written parts, in Markdown. */
export function NarrativeForm(props: { slug: string; year: number; initial: Narrative; version: number | null }) {
  const t = messages().results.report;
  const router = useRouter();
  const [values, setValues] = useState(props.initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  return (
    <form
      className="grid gap-3 print:hidden"
      data-testid="narrative-form"
      onSubmit={async (event) => {
        event.preventDefault();
        const result = await saveAnnualReportNarrativeAction(props.slug, { year: props.year, narrative: values, version: props.version });
        setErrors(failureText(result));
        setSaved(result.ok);
        if (result.ok) router.refresh();
      }}
    >
      {(['introduction', 'reflections', 'nextYear'] as const).map((part) => (
        <div key={part}>
          <label htmlFor={`narrative-${part}`} className="text-sm font-medium">
            {t.narrative[part]}
          </label>
          <textarea id={`narrative-${part}`} rows={5} className={inputClass} value={values[part]} onChange={(event) => setValues({ ...values, [part]: event.target.value })} aria-describedby="narrative-help" />
          <FieldError id={`narrative-${part}-error`} message={errors[`narrative.${part}`]} />
        </div>
      ))}
      <p id="narrative-help" className="text-xs text-slate-600">
        {t.narrativeHelp}
      </p>
      {errors.form ? <p className="text-sm text-red-700">{errors.form}</p> : null}
      {saved ? (
        <p role="status" className="text-sm text-green-800">
          {t.narrativeSaved}
        </p>
      ) : null}
      <div>
        <button type="submit" className={buttonClass}>
          {t.saveNarrative}
        </button>
      </div>
    </form>
  );
}
