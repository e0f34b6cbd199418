'use client';

import { ErrorMessage, type ErrorBoundaryProps } from '@/components/shell/error-message';
import './globals.css';

/** The root layout itself failed: this replaces it, so it brings its own html and body. */
export default function GlobalError(props: ErrorBoundaryProps) {
  return (
    <html lang="sv">
      <body className="min-h-screen">
        <main id="innehall">
          <ErrorMessage {...props} />
        </main>
      </body>
    </html>
  );
}
