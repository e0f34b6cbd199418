'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { updateSocioEconomicSettingsAction } from '@/actions/results';
import { messages } from '@/i18n/catalog';
import { buttonClass, FieldError, failureText, inputClass } from './form-bits';

/** The socio-economic model's parameters and the statistics' age bands. */
export function SocioSettingsForm(props: { slug: string; initial: { version: number | null; monthly: string; months: string; ageBandLimits: string } }) {
  const t = messages().results.socio;
  const router = useRouter();
  const [values, setValues] = useState(props.initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const input = (name: 'monthly' | 'months' | 'ageBandLimits', label: string, help?: string) => (
    <div>
      <label htmlFor={`socio-${name}`} className="text-sm font-medium">
        {label}
      </label>
      <input id={`socio-${name}`} className={inputClass} value={values[name]} onChange={(event) => setValues({ ...values, [name]: event.target.value })} aria-describedby={help ? `socio-${name}-help` : undefined} />
      {help ? (
        <p id={`socio-${name}-help`} className="mt-1 text-xs text-slate-600">
          {help}
        </p>
      ) : null}
      <FieldError id={`socio-${name}-error`} message={errors[name]} />
    </div>
  );
  return (
    <form
      className="grid max-w-md gap-3"
      data-testid="socio-settings-form"
      onSubmit={async (event) => {
        event.preventDefault();
        const result = await updateSocioEconomicSettingsAction(props.slug, { version: values.version, monthly: values.monthly, months: Number(values.months), ageBandLimits: values.ageBandLimits });
        setErrors(failureText(result));
        setSaved(result.ok);
        if (result.ok) {
          const data = result.data as { version: number };
          setValues({ ...values, version: data.version });
          router.refresh();
        }
      }}
    >
      {input('monthly', t.monthly, t.monthlyParts)}
      {input('months', t.months)}
      {input('ageBandLimits', t.ageBandLimits)}
      {errors.form ? <p className="text-sm text-red-700">{errors.form}</p> : null}
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
