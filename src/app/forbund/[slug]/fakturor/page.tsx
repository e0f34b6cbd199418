import type { Metadata } from 'next';
import Link from 'next/link';
import { may } from '@/domain/authz/permissions';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { StatusBadge } from '@/components/ui/status-badge';
import { INVOICE_STATUS_TONE } from '@/components/invoice/invoice-status-tone';
import type { InvoiceStatus } from '@/generated/prisma/enums';
import { formatKronor } from '@/domain/money/kronor';
import { format, messages } from '@/i18n/catalog';
import { formatDate } from '@/i18n/dates';
import { requireAssociationAccess } from '@/server/authz/require-association-access';
import { getInvoices } from '@/server/invoice/page-readers/get-invoices';
import { buttonClass } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';

export const metadata: Metadata = { title: messages().areas.invoices.title };

const STATUSES: InvoiceStatus[] = ['RECEIVED', 'ATTESTED', 'PAID', 'REJECTED'];

export default async function InvoicesPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ status?: string }>;
}) {
  const { slug } = await params;
  const { status: statusParam } = await searchParams;
  const { association, roles } = await requireAssociationAccess(slug, 'invoice.read');
  const status = STATUSES.find((s) => s === statusParam) ?? null;
  const all = await getInvoices(association.id);
  const invoices = status ? all.filter((invoice) => invoice.status === status) : all;
  const t = messages().areas;
  const ti = messages().invoices;
  const base = `/forbund/${encodeURIComponent(slug)}/fakturor`;
  const filterLink = (value: InvoiceStatus | null, label: string) => (
    <li key={value ?? 'all'}>
      <Link
        href={value ? `${base}?status=${value}` : base}
        aria-current={value === status ? 'page' : undefined}
        className={`rounded px-2 py-1 text-sm ${value === status ? 'bg-accent-700 text-white' : 'text-accent-800 hover:bg-slate-100'}`}
      >
        {label}
      </Link>
    </li>
  );

  return (
    <>
      <PageHeader title={t.invoices.title}>
        <Link
          href={`${base}/attestlogg`}
          className="mr-3 text-sm font-medium text-accent-800 underline"
          data-testid="attest-log-link"
        >
          {messages().attestLog.link}
        </Link>
        {may(roles, 'invoice.record') ? (
          <Link href={`${base}/ny`} className={buttonClass()} data-testid="invoice-register">
            {ti.register}
          </Link>
        ) : null}
      </PageHeader>
      {all.length > 0 ? (
        <nav aria-label={ti.filterLabel} className="mb-4">
          <ul className="flex flex-wrap items-center gap-1">
            <li className="mr-1 text-sm text-slate-600">{ti.filterLabel}:</li>
            {filterLink(null, ti.filterAll)}
            {STATUSES.map((value) => filterLink(value, t.invoiceStatus[value]))}
          </ul>
        </nav>
      ) : null}
      {all.length === 0 ? (
        <EmptyState title={t.invoices.emptyTitle} body={t.invoices.emptyBody} testId="invoices-empty" />
      ) : (
        <DataTable
          caption={t.invoices.title}
          testId="invoices"
          rows={invoices}
          rowKey={(invoice) => invoice.id}
          footer={invoices.length === 0 ? <p className="p-3 text-sm text-slate-600">{ti.noMatches}</p> : null}
          columns={[
            {
              header: t.invoices.supplierAndNumber,
              rowHeader: true,
              className: 'min-w-48',
              headerClassName: '',
              cell: (invoice) => (
                <>
                  <Link href={`${base}/${invoice.id}`} className="text-accent-800 underline-offset-2 hover:underline">
                    {invoice.supplier}
                  </Link>
                  <span className="block text-xs font-normal text-slate-600 tabular-nums">
                    {format(t.invoices.invoiceNumberShort, { number: invoice.invoiceNumber })}
                  </span>
                </>
              ),
            },
            {
              header: t.invoices.invoiceDate,
              className: 'whitespace-nowrap tabular-nums',
              headerClassName: '',
              cell: (invoice) => formatDate(invoice.invoiceDate),
            },
            {
              header: t.invoices.dueDate,
              className: 'whitespace-nowrap tabular-nums',
              headerClassName: '',
              cell: (invoice) => (invoice.dueDate ? formatDate(invoice.dueDate) : ''),
            },
            { header: t.invoices.budgetLine, cell: (invoice) => invoice.budgetLine?.name ?? '' },
            {
              header: t.invoices.amountInclVat,
              numeric: true,
              headerClassName: 'min-w-32',
              cell: (invoice) => formatKronor(invoice.amountInclVat),
            },
            {
              header: t.invoices.status,
              cell: (invoice) => (
                <StatusBadge label={t.invoiceStatus[invoice.status]} tone={INVOICE_STATUS_TONE[invoice.status]} />
              ),
            },
          ]}
        />
      )}
    </>
  );
}
