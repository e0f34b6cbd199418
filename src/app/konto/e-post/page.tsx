import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AccountShell } from '@/components/shell/account-shell';
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
  const { mailPreferences: t } = messages();
  return (
    <AccountShell personName={person.name}>
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
    </AccountShell>
  );
}
