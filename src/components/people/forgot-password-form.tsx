'use client';

import { useState } from 'react';
import { requestPasswordResetAction } from '@/actions/account';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { Input } from '@/components/ui/input';
import { Notice } from '@/components/ui/notice';
import { useServerAction } from '@/components/ui/use-server-action';
import { messages } from '@/i18n/catalog';

/** "Glömt lösenordet?": one answer whatever the address. */
export function ForgotPasswordForm() {
  const t = messages().people;
  const action = useServerAction();
  const [answered, setAnswered] = useState(false);
  const [emailError, setEmailError] = useState<string | null>(null);
  if (answered)
    return (
      <Notice testId="forgot-password-answer">
        <p>{t.password.forgotAnswer}</p>
      </Notice>
    );
  return (
    <form
      noValidate
      className="grid gap-4"
      data-testid="forgot-password-form"
      onSubmit={async (event) => {
        event.preventDefault();
        const email = String(new FormData(event.currentTarget).get('email') ?? '').trim();
        if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return setEmailError(email ? t.emailInvalid : t.emailRequired);
        setEmailError(null);
        const result = await action.run(() => requestPasswordResetAction({ email }), { refresh: false });
        if (result.ok) setAnswered(true);
      }}
    >
      <Field label={t.emailLabel} error={emailError}>
        <Input name="email" type="email" autoComplete="username" inputMode="email" required testId="forgot-email" />
      </Field>
      <FormError message={action.message} />
      <Button type="submit" size="lg" busy={action.busy} busyText={t.password.forgotSending} testId="forgot-submit">
        {t.password.forgotButton}
      </Button>
    </form>
  );
}
