import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { ChangePasswordForm } from '@/components/people/change-password-form';
import { PageHeader } from '@/components/ui/page-header';
import { messages } from '@/i18n/catalog';
import { getSessionPerson } from '@/server/auth/get-session-person';

export const metadata: Metadata = { title: messages().people.account.title };

/** The signed-in person changes their own password. */
export default async function ChangePasswordPage() {
  const person = await getSessionPerson();
  if (!person) redirect('/logga-in');
  const { common, shell, people } = messages();
  const t = people.account;
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
        <ChangePasswordForm email={person.email} />
      </main>
    </>
  );
}
