'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { saveMailPreferencesAction } from '@/actions/mail-preferences';
import { Field } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { SaveFooter } from '@/components/ui/save-footer';
import { Select } from '@/components/ui/select';
import { useServerAction } from '@/components/ui/use-server-action';
import { CHOOSABLE_MAIL_KINDS, MAIL_DELIVERIES, type MailDelivery } from '@/domain/mail/mail-kinds';
import { messages } from '@/i18n/catalog';

type ChoosableKind = (typeof CHOOSABLE_MAIL_KINDS)[number];
type Values = Record<ChoosableKind, MailDelivery>;

/** One choice per choosable kind of mail: at once, the daily digest, or off. */
export function MailPreferencesForm({ initial }: { initial: Values }) {
  const t = messages().mailPreferences;
  const action = useServerAction();
  const [saved, setSaved] = useState(false);
  const form = useForm<Values>({ defaultValues: initial });
  return (
    <form
      className="grid max-w-xl gap-4"
      noValidate
      data-testid="mail-preferences-form"
      onChange={() => setSaved(false)}
      onSubmit={form.handleSubmit(async (values) => {
        setSaved(false);
        const result = await action.run(() =>
          saveMailPreferencesAction({
            choices: CHOOSABLE_MAIL_KINDS.map((kind) => ({ kind, delivery: values[kind] })),
          }),
        );
        if (result.ok) setSaved(true);
      })}
    >
      <fieldset className="grid gap-4">
        <legend className="text-lg font-semibold">{t.choosableHeading}</legend>
        {CHOOSABLE_MAIL_KINDS.map((kind) => (
          <Field key={kind} label={t.kind[kind]} error={action.fieldErrors[kind]}>
            <Select {...form.register(kind)} testId={`mail-preference-${kind}`}>
              {MAIL_DELIVERIES.map((delivery) => (
                <option key={delivery} value={delivery}>
                  {t.delivery[delivery]}
                </option>
              ))}
            </Select>
          </Field>
        ))}
      </fieldset>
      <p className="text-sm text-slate-600">{t.digestNote}</p>
      <FormError message={action.message} />
      <SaveFooter saved={saved} savedText={t.saved} busy={action.busy} label={t.save} />
    </form>
  );
}
