import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { PageHeader } from '@/components/ui/page-header';
import { format, messages } from '@/i18n/catalog';
import { formatDateTime } from '@/i18n/dates';
import { getMailMode } from '@/server/mail/page-readers/get-mail-mode';
import { getCaughtMail } from '@/server/mail/page-readers/list-caught-mail';

export const metadata: Metadata = { title: messages().mailAdmin.inbox.title };

/**
 * One caught mail: its plain-text part, its attachments and the raw message. The HTML part is not
 * rendered here: the app's Content-Security-Policy frames nothing (frame-src 'none'), and the text
 * part says the same (renderMail writes both from one source); the .eml holds the HTML (ADR 027).
 */
export default async function CaughtMailPage({ params }: { params: Promise<{ mailId: string }> }) {
  await connection();
  if ((await getMailMode()) !== 'inbox') notFound();
  const { mailId } = await params;
  const mail = await getCaughtMail(mailId);
  if (!mail) notFound();
  const t = messages().mailAdmin.inbox;
  const base = `/inkorg/${encodeURIComponent(mail.id)}`;
  return (
    <main id="innehall" className="mx-auto max-w-4xl px-4 py-8 sm:px-6">
      <p className="mb-4 text-sm">
        <Link href="/inkorg" className="underline">
          {t.back}
        </Link>
      </p>
      <PageHeader title={mail.subject || t.noSubject} />
      <dl className="mb-6 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm" data-testid="mail-headers">
        <dt className="font-semibold">{t.from}</dt>
        <dd>{mail.fromAddress}</dd>
        <dt className="font-semibold">{t.to}</dt>
        <dd data-testid="mail-to">{mail.toAddresses.join(', ')}</dd>
        <dt className="font-semibold">{t.received}</dt>
        <dd>{formatDateTime(mail.receivedAt)}</dd>
      </dl>
      <section aria-labelledby="mail-text-title" className="card mb-6">
        <h2 id="mail-text-title" className="mb-2 text-lg font-semibold">
          {t.textPart}
        </h2>
        <pre className="font-sans break-words whitespace-pre-wrap" data-testid="mail-text">
          {mail.textBody}
        </pre>
      </section>
      <section aria-labelledby="mail-attachments-title" className="card">
        <h2 id="mail-attachments-title" className="mb-2 text-lg font-semibold">
          {t.attachments}
        </h2>
        {mail.attachments.length === 0 ? (
          <p className="text-slate-600">{t.noAttachments}</p>
        ) : (
          <ul className="list-disc pl-5" data-testid="mail-attachments">
            {mail.attachments.map((a) => (
              <li key={a.index}>
                <a href={`${base}/bilagor/${a.index}`} download={a.filename} className="underline">
                  {format(t.download, { name: a.filename })}
                </a>{' '}
                <span className="text-sm text-slate-600">({a.contentType})</span>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-3">
          <a href={`${base}/meddelande.eml`} download className="underline">
            {t.raw}
          </a>
        </p>
      </section>
    </main>
  );
}
