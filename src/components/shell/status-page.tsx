import Link from 'next/link';
import { messages } from '@/i18n/catalog';

/** A full message for 404 and 403, usable inside and outside the association area. */
export function StatusPage({
  code,
  title,
  body,
  backLabel,
  testId,
}: {
  code: 403 | 404;
  title: string;
  body: string;
  backLabel: string;
  testId: string;
}) {
  return (
    <section
      className="mx-auto max-w-xl px-6 py-16 text-center"
      data-testid={testId}
      aria-labelledby={`${testId}-title`}
    >
      <p className="text-sm font-semibold tracking-wide text-accent-700">{code}</p>
      <h1 id={`${testId}-title`} className="mt-2 text-2xl font-semibold">
        {title}
      </h1>
      <p className="mt-3 text-slate-600">{body}</p>
      <p className="mt-6">
        <Link href="/forbund" className="font-medium">
          {backLabel}
        </Link>
      </p>
    </section>
  );
}

export function NotFoundMessage() {
  const { common, shell } = messages();
  return (
    <StatusPage
      code={404}
      title={common.notFoundTitle}
      body={common.notFoundBody}
      backLabel={shell.backToAssociations}
      testId="not-found"
    />
  );
}

export function ForbiddenMessage() {
  const { common, shell } = messages();
  return (
    <StatusPage
      code={403}
      title={common.forbiddenTitle}
      body={common.forbiddenBody}
      backLabel={shell.backToAssociations}
      testId="forbidden"
    />
  );
}
