'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { changePasswordAction } from '@/actions/account';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { Input } from '@/components/ui/input';
import { Notice } from '@/components/ui/notice';
import { useServerAction } from '@/components/ui/use-server-action';
import { messages } from '@/i18n/catalog';
import { NewPasswordFields } from './new-password-fields';

/**
 * Change one's own password. The change ends every session of the person, this one too; this
 * browser then signs in again with the new password, so only the other sessions end (ADR 030).
 */
export function ChangePasswordForm({ email }: { email: string }) {
  const t = messages().people;
  const router = useRouter();
  const action = useServerAction();
  const [done, setDone] = useState(false);
  const [currentError, setCurrentError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  return (
    <form
      ref={formRef}
      noValidate
      className="grid max-w-md gap-4"
      data-testid="change-password-form"
      onSubmit={async (event) => {
        event.preventDefault();
        setDone(false);
        const form = new FormData(event.currentTarget);
        const password = String(form.get('password') ?? '');
        const result = await action.run(
          () =>
            changePasswordAction({
              currentPassword: String(form.get('currentPassword') ?? ''),
              password,
              passwordAgain: String(form.get('passwordAgain') ?? ''),
            }),
          { refresh: false },
        );
        if (!result.ok) {
          // A wrong current password is a refusal of its own (CONFLICT); it belongs next to that field.
          setCurrentError(result.code === 'CONFLICT' ? result.message : null);
          return;
        }
        setCurrentError(null);
        const signedIn = await signIn('credentials', { email, password, redirect: false });
        if (!signedIn?.ok || signedIn.error) {
          router.replace('/logga-in?losenord=bytt');
          return;
        }
        formRef.current?.reset();
        setDone(true);
        router.refresh();
      }}
    >
      <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
      <Field label={t.currentPasswordLabel} error={currentError ?? action.fieldErrors.currentPassword}>
        <Input
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          testId="current-password"
        />
      </Field>
      <NewPasswordFields fieldErrors={action.fieldErrors} />
      <FormError message={action.message === currentError ? null : action.message} />
      {done ? <Notice testId="password-changed">{t.account.done}</Notice> : null}
      <Button type="submit" busy={action.busy} busyText={t.account.saving} testId="change-password">
        {t.account.save}
      </Button>
    </form>
  );
}
