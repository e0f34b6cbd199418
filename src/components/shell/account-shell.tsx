import Link from 'next/link';
import type { ReactNode } from 'react';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { messages } from '@/i18n/catalog';

/**
 * The frame of the pages outside an association (a person's account, system administration):
 * a skip link, the app name, who is signed in, sign-out, and the page's main content.
 */
export function AccountShell({
  personName,
  home = '/forbund',
  width = 'narrow',
  children,
}: {
  personName: string;
  /** Where the app name leads. */
  home?: string;
  /** `wide` for pages with tables. */
  width?: 'narrow' | 'wide';
  children: ReactNode;
}) {
  const { common, shell } = messages();
  const maxWidth = width === 'wide' ? 'max-w-5xl' : 'max-w-3xl';
  return (
    <>
      <a
        href="#innehall"
        className="sr-only z-50 rounded-md bg-white px-4 py-2 font-medium shadow focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
      >
        {shell.skipToContent}
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className={`mx-auto flex ${maxWidth} items-center justify-between gap-4 px-4 py-3 sm:px-6`}>
          <Link href={home} className="text-lg font-bold tracking-tight text-accent-800 no-underline">
            {common.appName}
          </Link>
          <div className="flex items-center gap-4 text-sm">
            <span className="font-medium text-slate-900" data-testid="person-name">
              <span className="sr-only">{shell.signedInAs} </span>
              {personName}
            </span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="innehall" className={`mx-auto grid ${maxWidth} gap-8 px-4 py-10 sm:px-6`}>
        {children}
      </main>
    </>
  );
}
