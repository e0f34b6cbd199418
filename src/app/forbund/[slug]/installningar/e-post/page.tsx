import type { Metadata } from 'next';
import Link from 'next/link';
import { DataTable } from '@/components/ui/data-table';
import { PageHeader } from '@/components/ui/page-header';
import { StatusBadge, type BadgeTone } from '@/components/ui/status-badge';
import { format, messages } from '@/i18n/catalog';
import { formatDateTime } from '@/i18n/dates';
import { requireAssociationAccess } from '@/server/authz/require-association-access';
import { getMailMode } from '@/server/mail/page-readers/get-mail-mode';
import { listOutbox } from '@/server/mail/page-readers/list-outbox';
import { SettingsNav } from '../_components/settings-nav';

export const metadata: Metadata = { title: messages().mailAdmin.outbox.title };

const STATUS_ORDER = ['QUEUED', 'SENT', 'FAILED', 'DIGEST_PENDING', 'DIGESTED'] as const;
const STATUS_TONE: Record<(typeof STATUS_ORDER)[number], BadgeTone> = {
  QUEUED: 'attention',
  SENT: 'active',
  FAILED: 'negative',
  DIGEST_PENDING: 'info',
  DIGESTED: 'neutral',
};

/** The association's outbox for the office: what was sent, what waits, what failed and why (ADR 027). */
export default async function OutboxPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ sida?: string | string[] }>;
}) {
  const { slug } = await params;
  const { association, roles } = await requireAssociationAccess(slug, 'mail.outbox.read');
  const { sida } = await searchParams;
  const requested = typeof sida === 'string' && /^\d{1,6}$/.test(sida) ? Math.max(1, Number(sida)) : 1;
  const [outbox, mailMode] = await Promise.all([listOutbox(association.id, requested), getMailMode()]);
  const t = messages().mailAdmin;
  const pageCount = Math.max(1, Math.ceil(outbox.total / outbox.pageSize));
  const page = Math.min(requested, pageCount);
  const href = (n: number) => `/forbund/${encodeURIComponent(slug)}/installningar/e-post${n > 1 ? `?sida=${n}` : ''}`;
  return (
    <>
      <PageHeader title={t.outbox.title} lead={t.outbox.lead} />
      <SettingsNav slug={slug} roles={roles} current="mail" mailMode={mailMode} />
      {mailMode === 'smtp' ? <p className="mb-4 text-slate-700">{t.outbox.modeSmtp}</p> : null}
      {mailMode === 'inbox' ? (
        <p className="mb-4 text-slate-700">
          {t.outbox.modeInbox}{' '}
          <Link href="/inkorg" className="underline">
            {t.outbox.openInbox}
          </Link>
        </p>
      ) : null}
      <section aria-labelledby="outbox-counts-title" className="mb-6">
        <h2 id="outbox-counts-title" className="mb-2 text-lg font-semibold">
          {t.outbox.counts}
        </h2>
        <dl className="flex flex-wrap gap-x-6 gap-y-2" data-testid="outbox-counts">
          {STATUS_ORDER.map((status) => (
            <div key={status} className="flex items-baseline gap-2" data-testid={`outbox-count-${status}`}>
              <dt>{t.statuses[status]}</dt>
              <dd className="font-semibold tabular-nums">{outbox.counts[status]}</dd>
            </div>
          ))}
        </dl>
      </section>
      <DataTable
        caption={t.outbox.caption}
        testId="outbox"
        rowTestId="outbox-row"
        rows={outbox.rows}
        rowKey={(row) => row.id}
        empty={{ title: t.outbox.empty, body: t.outbox.emptyBody, testId: 'outbox-empty' }}
        columns={[
          { header: t.outbox.created, cell: (row) => formatDateTime(row.createdAt), className: 'whitespace-nowrap' },
          {
            header: t.outbox.recipient,
            cell: (row) => (row.person ? `${row.person.name} <${row.toAddress}>` : row.toAddress),
          },
          { header: t.outbox.kind, cell: (row) => t.kinds[row.kind] },
          { header: t.outbox.subject, rowHeader: true, cell: (row) => row.subject },
          {
            header: t.outbox.status,
            cell: (row) => <StatusBadge label={t.statuses[row.status]} tone={STATUS_TONE[row.status]} />,
          },
          { header: t.outbox.attempts, numeric: true, cell: (row) => row.attempts },
          {
            header: t.outbox.lastError,
            cell: (row) => row.lastError ?? '',
            className: 'max-w-xs text-sm break-words text-red-900',
          },
        ]}
      />
      {outbox.total > 0 ? (
        <p className="mt-3 text-sm text-slate-600">
          {format(t.outbox.shown, { shown: outbox.rows.length, total: outbox.total })}
        </p>
      ) : null}
      {pageCount > 1 ? (
        <nav aria-label={t.outbox.pages} className="mt-3 flex gap-4">
          {page > 1 ? <Link href={href(page - 1)}>{t.outbox.previous}</Link> : null}
          {page < pageCount ? <Link href={href(page + 1)}>{t.outbox.next}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
