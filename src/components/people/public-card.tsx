import type { ReactNode } from 'react';
import { messages } from '@/i18n/catalog';

/** The frame of the pages reached without a session (sign-in's look): invitation, password links. */
export function PublicCard({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  const { common } = messages();
  return (
    <main id="innehall" className="flex min-h-screen items-start justify-center px-4 py-16 sm:items-center">
      <div className="w-full max-w-md">
        <p className="text-center text-2xl font-bold tracking-tight text-accent-800">{common.appName}</p>
        <section aria-labelledby={`${testId}-title`} className="card mt-8" data-testid={testId}>
          <h1 id={`${testId}-title`} className="text-xl font-semibold">
            {title}
          </h1>
          <div className="mt-3 grid gap-4">{children}</div>
        </section>
      </div>
    </main>
  );
}
