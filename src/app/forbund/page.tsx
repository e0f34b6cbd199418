import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { messages } from '@/i18n/catalog';
import { getSessionPerson } from '@/server/auth/get-session-person';
import { listMyAssociations } from '@/server/authz/list-my-associations';
import { isSystemAdmin } from '@/server/system/assert-system-admin';

export const metadata: Metadata = { title: messages().auth.associationsTitle };

export default async function AssociationPickerPage() {
  const person = await getSessionPerson();
  if (!person) redirect('/logga-in');
  const associations = await listMyAssociations(person.id);
  if (associations.length === 1) redirect(`/forbund/${associations[0]!.slug}`);
  const systemAdmin = await isSystemAdmin(person.id);
  if (systemAdmin && associations.length === 0) redirect('/system');

  const { auth, common, roles: roleNames, system } = messages();
  return (
    <>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-3xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
          <span className="text-lg font-bold tracking-tight text-accent-800">{common.appName}</span>
          <div className="flex items-center gap-4 text-sm">
            <span className="font-medium text-slate-900" data-testid="person-name">
              {person.name}
            </span>
            {systemAdmin ? (
              <Link href="/system" className="font-medium" data-testid="system-link">
                {system.headerLink}
              </Link>
            ) : null}
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="innehall" className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
        {associations.length === 0 ? (
          <section aria-labelledby="picker-title" data-testid="no-associations">
            <h1 id="picker-title" className="text-2xl font-semibold">
              {auth.noAssociationsTitle}
            </h1>
            <p className="mt-2 max-w-prose text-slate-600">{auth.noAssociationsBody}</p>
          </section>
        ) : (
          <section aria-labelledby="picker-title">
            <h1 id="picker-title" className="text-2xl font-semibold">
              {auth.associationsTitle}
            </h1>
            <p className="mt-1 text-slate-600">{auth.associationsIntro}</p>
            <ul className="mt-6 space-y-3" data-testid="association-list">
              {associations.map((association) => (
                <li key={association.id}>
                  <Link
                    href={`/forbund/${association.slug}`}
                    className="card block no-underline hover:border-accent-600 hover:bg-accent-50"
                  >
                    <span className="block text-lg font-semibold text-slate-900">{association.name}</span>
                    <span className="mt-1 block text-sm text-slate-600">
                      <span className="sr-only">{auth.yourRoles}: </span>
                      {association.roles.map((role) => roleNames[role]).join(', ')}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        )}
      </main>
    </>
  );
}
