'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { startTransition } from 'react';
import { format, messages } from '@/i18n/catalog';
import { Button } from '@/components/ui/button';

/** What Next passes an error boundary: `retry` (re-fetch the page and render again) since Next 16. */
export interface ErrorBoundaryProps {
  error: Error & { digest?: string };
  reset: () => void;
  retry?: () => void;
}

/**
 * The Swedish error page: no message or stack from the server (production hides them anyway),
 * only the digest to quote to support, and "Försök igen", which fetches the page again.
 */
export function ErrorMessage({ error, reset, retry }: ErrorBoundaryProps) {
  const router = useRouter();
  const t = messages().faults;
  const tryAgain = () => {
    if (retry) return retry();
    startTransition(() => {
      router.refresh();
      reset();
    });
  };
  return (
    <section
      className="mx-auto max-w-xl px-6 py-16 text-center"
      role="alert"
      data-testid="error-page"
      aria-labelledby="error-page-title"
    >
      <title>{`${t.errorTitle} – ${messages().common.appName}`}</title>
      <h1 id="error-page-title" className="text-2xl font-semibold">
        {t.errorTitle}
      </h1>
      <p className="mt-3 text-slate-600">{t.errorBody}</p>
      <p className="mt-6 flex items-center justify-center gap-4">
        <Button size="lg" onClick={tryAgain} data-testid="error-retry">
          {t.retry}
        </Button>
        <Link href="/forbund" className="font-medium">
          {t.backToAssociations}
        </Link>
      </p>
      {error.digest ? (
        <p className="mt-6 text-xs text-slate-500">{format(t.reference, { digest: error.digest })}</p>
      ) : null}
    </section>
  );
}
