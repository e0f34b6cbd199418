'use client';

import { ErrorMessage, type ErrorBoundaryProps } from '@/components/shell/error-message';

/** A page that failed to render (e.g. the database restarting): a Swedish message and "Försök igen". */
export default function AppError(props: ErrorBoundaryProps) {
  return (
    <main id="innehall">
      <ErrorMessage {...props} />
    </main>
  );
}
