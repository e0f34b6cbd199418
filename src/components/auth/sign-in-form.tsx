'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useRef, useState, type FormEvent } from 'react';
import { toSignInErrorCode, type SignInErrorCode } from '@/domain/auth/sign-in-errors';
import { messages, type Messages } from '@/i18n/catalog';
import { Button } from '@/components/ui/button';

type Texts = Messages['auth'];
type FieldErrors = { email?: string; password?: string };

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function validate(email: string, password: string, t: Texts): FieldErrors {
  const errors: FieldErrors = {};
  if (!email.trim()) errors.email = t.emailRequired;
  else if (!EMAIL_SHAPE.test(email.trim())) errors.email = t.emailInvalid;
  if (!password) errors.password = t.passwordRequired;
  return errors;
}

export function SignInForm({
  initialError,
  returnTo,
}: {
  initialError?: SignInErrorCode | null;
  /** A checked path (safeReturnPath) to open after signing in, e.g. the meeting a mail linked to. */
  returnTo?: string | null;
}) {
  const t = messages().auth;
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(initialError ? t.errors[initialError] : null);
  const [pending, setPending] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '');
    const password = String(form.get('password') ?? '');
    const errors = validate(email, password, t);
    setFieldErrors(errors);
    setFormError(null);
    if (errors.email) return emailRef.current?.focus();
    if (errors.password) return passwordRef.current?.focus();

    setPending(true);
    try {
      const result = await signIn('credentials', { email: email.trim(), password, redirect: false });
      if (result?.ok && !result.error) {
        router.replace(returnTo ?? '/forbund');
        router.refresh();
        return;
      }
      const code = toSignInErrorCode(result?.error);
      setFormError(code ? t.errors[code] : t.unexpectedError);
      if (passwordRef.current) passwordRef.current.value = '';
      passwordRef.current?.focus();
    } catch {
      setFormError(t.unexpectedError);
    }
    setPending(false);
  }

  const inputClass =
    'mt-1 block w-full rounded-md border bg-white px-3 py-2 text-base shadow-sm focus:border-accent-700 focus:outline-none focus:ring-2 focus:ring-accent-700/30';

  return (
    <form
      noValidate
      onSubmit={onSubmit}
      className="space-y-5"
      aria-describedby={formError ? 'sign-in-error' : undefined}
    >
      <div role="alert" id="sign-in-error" data-testid="sign-in-error">
        {formError ? (
          <p className="rounded-md border-l-4 border-red-500 bg-red-50 px-4 py-3 text-sm font-medium text-red-900">
            {formError}
          </p>
        ) : null}
      </div>

      <div>
        <label htmlFor="email" className="block text-sm font-medium text-slate-800">
          {t.emailLabel}
        </label>
        <input
          ref={emailRef}
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          required
          aria-invalid={fieldErrors.email ? true : undefined}
          aria-describedby={fieldErrors.email ? 'email-error' : undefined}
          className={`${inputClass} ${fieldErrors.email ? 'border-red-600' : 'border-slate-300'}`}
        />
        {fieldErrors.email ? (
          <p id="email-error" className="mt-1 text-sm text-red-700">
            {fieldErrors.email}
          </p>
        ) : null}
      </div>

      <div>
        <label htmlFor="password" className="block text-sm font-medium text-slate-800">
          {t.passwordLabel}
        </label>
        <input
          ref={passwordRef}
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={fieldErrors.password ? true : undefined}
          aria-describedby={fieldErrors.password ? 'password-error' : undefined}
          className={`${inputClass} ${fieldErrors.password ? 'border-red-600' : 'border-slate-300'}`}
        />
        {fieldErrors.password ? (
          <p id="password-error" className="mt-1 text-sm text-red-700">
            {fieldErrors.password}
          </p>
        ) : null}
      </div>

      <Button type="submit" size="lg" busy={pending} aria-disabled={pending} className="w-full shadow-sm">
        {pending ? t.signingIn : t.signInButton}
      </Button>
    </form>
  );
}
