'use client';

import { signOut } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { messages } from '@/i18n/catalog';

/** Ends the session and goes to the sign-in page. */
export function SignOutButton() {
  const t = messages().auth;
  const router = useRouter();
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={async () => {
        setPending(true);
        try {
          await signOut({ redirect: false });
        } finally {
          router.replace('/logga-in');
          router.refresh();
        }
      }}
      className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-70"
      data-testid="sign-out"
    >
      {pending ? t.signingOut : t.signOutButton}
    </button>
  );
}
