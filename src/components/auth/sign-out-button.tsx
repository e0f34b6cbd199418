'use client';

import { signOut } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { messages } from '@/i18n/catalog';
import { Button } from '@/components/ui/button';

/** Ends the session and goes to the sign-in page. */
export function SignOutButton() {
  const t = messages().auth;
  const router = useRouter();
  const [pending, setPending] = useState(false);
  return (
    <Button
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
      variant="secondary"
      data-testid="sign-out"
    >
      {pending ? t.signingOut : t.signOutButton}
    </Button>
  );
}
