import type { Metadata } from 'next';
import Link from 'next/link';
import { PublicCard } from '@/components/people/public-card';
import { ResetPasswordForm } from '@/components/people/reset-password-form';
import { format, messages } from '@/i18n/catalog';
import { readPasswordLink } from '@/server/people/page-readers/read-one-time-link';

export const metadata: Metadata = { title: messages().people.password.title, referrer: 'no-referrer' };

/** A password link (reset, or a first password): the form, or a plain page for a link that no longer works. */
export default async function PasswordLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await readPasswordLink(token);
  const t = messages().people.password;
  if (link.state !== 'VALID') {
    const state = t.states[link.state];
    return (
      <PublicCard title={state.title} testId="password-link-unusable">
        <p className="text-slate-700">{state.body}</p>
        <p className="flex gap-4">
          <Link href="/losenord/glomt">{t.forgotLink}</Link>
          <Link href="/logga-in">{t.backToSignIn}</Link>
        </p>
      </PublicCard>
    );
  }
  return (
    <PublicCard title={t.title} testId="password-link">
      <p className="text-slate-700">{format(t.intro, { email: link.email })}</p>
      <ResetPasswordForm token={token} email={link.email} />
    </PublicCard>
  );
}
