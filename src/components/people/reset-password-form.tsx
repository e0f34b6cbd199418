'use client';

import { useRouter } from 'next/navigation';
import { resetPasswordAction } from '@/actions/account';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { useServerAction } from '@/components/ui/use-server-action';
import { messages } from '@/i18n/catalog';
import { NewPasswordFields } from './new-password-fields';

/** A new password from a mailed link; afterwards the sign-in page says it is changed. */
export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const t = messages().people;
  const router = useRouter();
  const action = useServerAction();
  return (
    <form
      noValidate
      className="grid gap-4"
      data-testid="reset-password-form"
      onSubmit={async (event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const result = await action.run(
          () =>
            resetPasswordAction({
              token,
              password: String(form.get('password') ?? ''),
              passwordAgain: String(form.get('passwordAgain') ?? ''),
            }),
          { refresh: false },
        );
        if (result.ok) router.replace('/logga-in?losenord=bytt');
      }}
    >
      <NewPasswordFields fieldErrors={action.fieldErrors} email={email} />
      <FormError message={action.message} />
      <Button type="submit" size="lg" busy={action.busy} busyText={t.password.saving} testId="save-password">
        {t.password.save}
      </Button>
    </form>
  );
}
