import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { Notice } from '@/components/ui/notice';
import { SignInForm } from '@/components/auth/sign-in-form';
import { RETURN_PARAM, safeReturnPath } from '@/domain/auth/return-path';
import { toSignInErrorCode } from '@/domain/auth/sign-in-errors';
import { messages } from '@/i18n/catalog';
import { getSessionPerson } from '@/server/auth/get-session-person';

export const metadata: Metadata = { title: messages().auth.signInTitle };

interface Props {
  searchParams: Promise<{
    error?: string | string[];
    [RETURN_PARAM]?: string | string[];
    /** After a new password from a link, or an accepted invitation: a success message. */
    losenord?: string | string[];
    inbjudan?: string | string[];
  }>;
}

export default async function SignInPage({ searchParams }: Props) {
  const { error, [RETURN_PARAM]: back, losenord, inbjudan } = await searchParams;
  const returnTo = safeReturnPath(typeof back === 'string' ? back : null);
  if (await getSessionPerson()) redirect(returnTo ?? '/forbund');
  const { auth, common, people } = messages();
  const success =
    losenord === 'bytt' ? people.password.done : inbjudan === 'mottagen' ? people.invitation.accepted : null;
  return (
    <main id="innehall" className="flex min-h-screen items-start justify-center px-4 py-16 sm:items-center">
      <div className="w-full max-w-sm">
        <p className="text-center text-2xl font-bold tracking-tight text-accent-800">{common.appName}</p>
        <p className="mt-1 text-center text-sm text-slate-600">{common.tagline}</p>
        <section aria-labelledby="sign-in-title" className="card mt-8">
          <h1 id="sign-in-title" className="text-xl font-semibold">
            {auth.signInTitle}
          </h1>
          <p className="mt-1 mb-5 text-sm text-slate-600">{auth.signInIntro}</p>
          {success ? <Notice testId="sign-in-success">{success}</Notice> : null}
          <SignInForm initialError={toSignInErrorCode(typeof error === 'string' ? error : null)} returnTo={returnTo} />
          <p className="mt-4 text-center text-sm">
            <Link href="/losenord/glomt" data-testid="forgot-password-link">
              {people.password.forgotLink}
            </Link>
          </p>
        </section>
      </div>
    </main>
  );
}
