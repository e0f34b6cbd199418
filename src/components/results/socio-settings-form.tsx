'use client';

import { useState } from 'react';
import { updateSocioEconomicSettingsAction } from '@/actions/results';
import { messages } from '@/i18n/catalog';
import { FieldError } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { Input } from '@/components/ui/input';
import { useServerAction } from '@/components/ui/use-server-action';
import { SaveFooter } from '@/components/ui/save-footer';

/** The socio-economic model's parameters and the statistics' age bands. */
export function SocioSettingsForm(props: {
  slug: string;
  initial: { version: number | null; monthly: string; months: string; ageBandLimits: string };
}) {
  const t = messages().results.socio;
  const [values, setValues] = useState(props.initial);
  const { run, busy, message, fieldErrors: errors } = useServerAction();
  const [saved, setSaved] = useState(false);
  const input = (name: 'monthly' | 'months' | 'ageBandLimits', label: string, help?: string) => (
    <div>
      <label htmlFor={`socio-${name}`} className="text-sm font-medium">
        {label}
      </label>
      <Input
        id={`socio-${name}`}
        value={values[name]}
        onChange={(event) => setValues({ ...values, [name]: event.target.value })}
        aria-describedby={help ? `socio-${name}-help` : undefined}
      />
      {help ? (
        <p id={`socio-${name}-help`} className="mt-1 text-xs text-slate-600">
          {help}
        </p>
      ) : null}
      <FieldError id={`socio-${name}-error`} error={errors[name]} />
    </div>
  );
  return (
    <form
      className="grid max-w-md gap-3"
      data-testid="socio-settings-form"
      onSubmit={async (event) => {
        event.preventDefault();
        const result = await run(() =>
          updateSocioEconomicSettingsAction(props.slug, {
            version: values.version,
            monthly: values.monthly,
            months: Number(values.months),
            ageBandLimits: values.ageBandLimits,
          }),
        );
        setSaved(result.ok);
        if (result.ok) {
          const data = result.data as { version: number };
          setValues({ ...values, version: data.version });
        }
      }}
    >
      {input('monthly', t.monthly, t.monthlyParts)}
      {input('months', t.months)}
      {input('ageBandLimits', t.ageBandLimits)}
      <FormError message={message} />
      <SaveFooter saved={saved} savedText={t.saved} busy={busy} label={t.save} />
    </form>
  );
}
