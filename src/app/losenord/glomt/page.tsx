import type { Metadata } from 'next';
import Link from 'next/link';
import { ForgotPasswordForm } from '@/components/people/forgot-password-form';
import { PublicCard } from '@/components/people/public-card';
import { messages } from '@/i18n/catalog';

export const metadata: Metadata = { title: messages().people.password.forgotTitle };

/** Asks for a reset link by e-mail; the answer never says whether the address exists. */
export default function ForgotPasswordPage() {
  const t = messages().people.password;
  return (
    <PublicCard title={t.forgotTitle} testId="forgot-password">
      <p className="text-sm text-slate-600">{t.forgotIntro}</p>
      <ForgotPasswordForm />
      <p>
        <Link href="/logga-in">{t.backToSignIn}</Link>
      </p>
    </PublicCard>
  );
}
