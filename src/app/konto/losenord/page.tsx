import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AccountShell } from '@/components/shell/account-shell';
import { ChangePasswordForm } from '@/components/people/change-password-form';
import { PageHeader } from '@/components/ui/page-header';
import { messages } from '@/i18n/catalog';
import { getSessionPerson } from '@/server/auth/get-session-person';

export const metadata: Metadata = { title: messages().people.account.title };

/** The signed-in person changes their own password. */
export default async function ChangePasswordPage() {
  const person = await getSessionPerson();
  if (!person) redirect('/logga-in');
  const { people } = messages();
  const t = people.account;
  return (
    <AccountShell personName={person.name}>
      <PageHeader title={t.title} lead={t.intro} />
      <ChangePasswordForm email={person.email} />
    </AccountShell>
  );
}
