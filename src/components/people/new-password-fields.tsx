'use client';

import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { messages } from '@/i18n/catalog';

/** The new password twice, with the policy as the hint and the server's refusals under each field. */
export function NewPasswordFields({
  fieldErrors,
  email,
}: {
  fieldErrors: Record<string, string>;
  /** For password managers: the account the password belongs to. */
  email?: string;
}) {
  const t = messages().people;
  return (
    <>
      {email ? <input type="hidden" name="username" autoComplete="username" value={email} readOnly /> : null}
      <Field label={t.passwordLabel} hint={t.passwordHint} error={fieldErrors.password}>
        <Input name="password" type="password" autoComplete="new-password" required testId="new-password" />
      </Field>
      <Field label={t.passwordAgainLabel} error={fieldErrors.passwordAgain}>
        <Input name="passwordAgain" type="password" autoComplete="new-password" required testId="new-password-again" />
      </Field>
    </>
  );
}
