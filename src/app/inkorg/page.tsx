import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { DataTable } from '@/components/ui/data-table';
import { PageHeader } from '@/components/ui/page-header';
import { format, messages } from '@/i18n/catalog';
import { formatDateTime } from '@/i18n/dates';
import { getMailMode } from '@/server/mail/page-readers/get-mail-mode';
import { listCaughtMail } from '@/server/mail/page-readers/list-caught-mail';

export const metadata: Metadata = { title: messages().mailAdmin.inbox.title };

/**
 * The demo inbox: every mail a demo or development instance sends, caught by its in-process SMTP
 * server. Open without sign-in, so a new demo user can read an invitation or reset mail; a real
 * install never has it (ADR 027).
 */
export default async function InboxPage() {
  await connection();
  if ((await getMailMode()) !== 'inbox') notFound();
  const { rows, total } = await listCaughtMail();
  const t = messages().mailAdmin.inbox;
  return (
    <main id="innehall" className="mx-auto max-w-5xl px-4 py-8 sm:px-6">
      <PageHeader title={t.title} lead={t.lead} />
      <DataTable
        caption={t.caption}
        testId="inbox"
        rowTestId="inbox-row"
        rows={rows}
        rowKey={(row) => row.id}
        empty={{ title: t.empty, body: t.emptyBody, testId: 'inbox-empty' }}
        columns={[
          { header: t.received, cell: (row) => formatDateTime(row.receivedAt), className: 'whitespace-nowrap' },
          { header: t.to, cell: (row) => row.toAddresses.join(', ') },
          {
            header: t.subject,
            rowHeader: true,
            cell: (row) => <Link href={`/inkorg/${encodeURIComponent(row.id)}`}>{row.subject || t.noSubject}</Link>,
          },
        ]}
      />
      {total > rows.length ? (
        <p className="mt-3 text-sm text-slate-600">{format(t.shown, { count: rows.length })}</p>
      ) : null}
    </main>
  );
}
