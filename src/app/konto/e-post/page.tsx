import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { MailPreferencesForm } from '@/components/mail/mail-preferences-form';
import { PageHeader } from '@/components/ui/page-header';
import { CHOOSABLE_MAIL_KINDS, MANDATORY_MAIL_KINDS } from '@/domain/mail/mail-kinds';
import { messages } from '@/i18n/catalog';
import { getSessionPerson } from '@/server/auth/get-session-person';
import { getMailPreferences } from '@/server/mail/get-mail-preferences';

export const metadata: Metadata = { title: messages().mailPreferences.title };

/** The signed-in person's own mail choices; the same in every association they belong to. */
export default async function MailPreferencesPage() {
  const person = await getSessionPerson();
  if (!person) redirect('/logga-in');
  const stored = await getMailPreferences(person.id);
  const initial = Object.fromEntries(CHOOSABLE_MAIL_KINDS.map((kind) => [kind, stored[kind] ?? 'IMMEDIATE'])) as Record<
    (typeof CHOOSABLE_MAIL_KINDS)[number],
    'IMMEDIATE' | 'DIGEST' | 'OFF'
  >;
  const { common, shell, mailPreferences: t } = messages();
  return (
    <>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-3xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
          <Link href="/forbund" className="text-lg font-bold tracking-tight text-accent-800 no-underline">
            {common.appName}
          </Link>
          <div className="flex items-center gap-4 text-sm">
            <span className="font-medium text-slate-900" data-testid="person-name">
              <span className="sr-only">{shell.signedInAs} </span>
              {person.name}
            </span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="innehall" className="mx-auto grid max-w-3xl gap-8 px-4 py-10 sm:px-6">
        <PageHeader title={t.title} lead={t.intro} />
        <MailPreferencesForm initial={initial} />
        <section aria-labelledby="mandatory-mail" data-testid="mandatory-mail">
          <h2 id="mandatory-mail" className="text-lg font-semibold">
            {t.mandatoryHeading}
          </h2>
          <p className="mt-1 text-sm text-slate-600">{t.mandatoryIntro}</p>
          <ul className="mt-3 list-disc pl-6">
            {MANDATORY_MAIL_KINDS.filter((kind) => kind !== 'DIGEST').map((kind) => (
              <li key={kind}>{t.kind[kind]}</li>
            ))}
          </ul>
        </section>
      </main>
    </>
  );
}
