import Link from 'next/link';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { sortRoles, type Role } from '@/domain/authz/roles';
import { messages } from '@/i18n/catalog';

export function AppHeader({
  associationName,
  personName,
  roles,
  canSwitchAssociation,
  systemAdmin = false,
}: {
  associationName: string;
  personName: string;
  roles: readonly Role[];
  canSwitchAssociation: boolean;
  /** Shows the way to /system; it gives nothing in the association. */
  systemAdmin?: boolean;
}) {
  const { common, shell, roles: roleLabels, mailPreferences, people, system } = messages();
  const roleNames = sortRoles(roles)
    .map((role) => roleLabels[role])
    .join(', ');
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-3 sm:px-6">
        <div className="flex min-w-0 items-baseline gap-3">
          <span className="text-lg font-bold tracking-tight text-accent-800">{common.appName}</span>
          <span aria-hidden="true" className="text-slate-300">
            /
          </span>
          <p className="truncate text-lg font-semibold text-slate-900" data-testid="association-name">
            <span className="sr-only">{shell.associationLabel}: </span>
            {associationName}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
          <p className="text-right leading-tight">
            <span className="sr-only">{shell.signedInAs} </span>
            <span className="font-medium text-slate-900" data-testid="person-name">
              {personName}
            </span>
            <br />
            <span className="text-slate-600" data-testid="person-roles">
              <span className="sr-only">{shell.rolesLabel}: </span>
              {roleNames}
            </span>
          </p>
          <Link href="/konto/e-post" className="font-medium print:hidden" data-testid="mail-preferences-link">
            {mailPreferences.menuLink}
          </Link>
          <Link href="/konto/losenord" className="font-medium print:hidden" data-testid="change-password-link">
            {people.account.headerLink}
          </Link>
          {systemAdmin ? (
            <Link href="/system" className="font-medium print:hidden" data-testid="system-link">
              {system.headerLink}
            </Link>
          ) : null}
          {canSwitchAssociation ? (
            <Link href="/forbund" className="font-medium print:hidden">
              {shell.switchAssociation}
            </Link>
          ) : null}
          <div className="print:hidden">
            <SignOutButton />
          </div>
        </div>
      </div>
    </header>
  );
}
