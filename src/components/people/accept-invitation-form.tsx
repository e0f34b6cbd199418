'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { acceptInvitationAction } from '@/actions/account';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { Input } from '@/components/ui/input';
import { useServerAction } from '@/components/ui/use-server-action';
import { messages } from '@/i18n/catalog';
import { NewPasswordFields } from './new-password-fields';

/** Accepting: name (prefilled) and a password twice for a new person; one button for one who has an account. */
export function AcceptInvitationForm({
  token,
  name,
  email,
  hasPassword,
}: {
  token: string;
  name: string;
  email: string;
  hasPassword: boolean;
}) {
  const t = messages().people;
  const router = useRouter();
  const action = useServerAction();
  return (
    <form
      noValidate
      className="grid gap-4"
      data-testid="accept-invitation-form"
      onSubmit={async (event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const password = String(form.get('password') ?? '');
        const result = await action.run(
          () =>
            acceptInvitationAction({
              token,
              name: String(form.get('name') ?? name),
              password,
              passwordAgain: String(form.get('passwordAgain') ?? ''),
            }),
          { refresh: false },
        );
        if (!result.ok) return;
        if (result.data.passwordSet) {
          // Signed in at once with the password just chosen; the association's page follows.
          const signedIn = await signIn('credentials', { email: result.data.email, password, redirect: false });
          if (signedIn?.ok && !signedIn.error) {
            router.replace(`/forbund/${encodeURIComponent(result.data.associationSlug)}`);
            router.refresh();
            return;
          }
        }
        router.replace('/logga-in?inbjudan=mottagen');
      }}
    >
      {hasPassword ? (
        <p className="text-sm text-slate-700">{t.invitation.existingAccount}</p>
      ) : (
        <>
          <p className="text-sm text-slate-700">{t.invitation.choosePassword}</p>
          <Field label={t.emailLabel}>
            <Input name="email" type="email" value={email} readOnly autoComplete="username" />
          </Field>
          <Field label={t.nameLabel} error={action.fieldErrors.name}>
            <Input name="name" defaultValue={name} autoComplete="name" required testId="invitation-name" />
          </Field>
          <NewPasswordFields fieldErrors={action.fieldErrors} />
        </>
      )}
      <FormError message={action.message} />
      <Button type="submit" size="lg" busy={action.busy} busyText={t.invitation.accepting} testId="accept-invitation">
        {t.invitation.accept}
      </Button>
    </form>
  );
}
