import type { Metadata } from 'next';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { StatusBadge, type BadgeTone } from '@/components/ui/status-badge';
import type { InvoiceStatus } from '@/generated/prisma/enums';
import { formatKronor } from '@/domain/money/kronor';
import { format, messages } from '@/i18n/catalog';
import { formatDate } from '@/i18n/dates';
import { requireAssociationAccess } from '@/server/authz/require-association-access';
import { getInvoices } from '@/server/invoice/get-invoices';

export const metadata: Metadata = { title: messages().areas.invoices.title };

const STATUS_TONE: Record<InvoiceStatus, BadgeTone> = { RECEIVED: 'attention', ATTESTED: 'info', PAID: 'active', REJECTED: 'negative' };

export default async function InvoicesPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { association } = await requireAssociationAccess(slug, 'invoice.read');
  const invoices = await getInvoices(association.id);
  const t = messages().areas;

  return (
    <>
      <PageHeader title={t.invoices.title} />
      {invoices.length === 0 ? (
        <EmptyState title={t.invoices.emptyTitle} body={t.invoices.emptyBody} testId="invoices-empty" />
      ) : (
        <div className="card overflow-x-auto">
          <table className="data-table" data-testid="invoices">
            <caption className="sr-only">{t.invoices.title}</caption>
            <thead>
              <tr>
                <th scope="col">{t.invoices.supplierAndNumber}</th>
                <th scope="col">{t.invoices.invoiceDate}</th>
                <th scope="col">{t.invoices.dueDate}</th>
                <th scope="col">{t.invoices.budgetLine}</th>
                <th scope="col" className="num min-w-32">
                  {t.invoices.amountInclVat}
                </th>
                <th scope="col">{t.invoices.status}</th>
              </tr>
            </thead>
            <tbody>
              {invoices.map((invoice) => (
                <tr key={invoice.id}>
                  <th scope="row" className="min-w-48 font-medium">
                    {invoice.supplier}
                    <span className="block text-xs font-normal text-slate-600 tabular-nums">
                      {format(t.invoices.invoiceNumberShort, { number: invoice.invoiceNumber })}
                    </span>
                  </th>
                  <td className="whitespace-nowrap tabular-nums">{formatDate(invoice.invoiceDate)}</td>
                  <td className="whitespace-nowrap tabular-nums">{invoice.dueDate ? formatDate(invoice.dueDate) : ''}</td>
                  <td>{invoice.budgetLine?.name ?? ''}</td>
                  <td className="num">{formatKronor(invoice.amountInclVat)}</td>
                  <td>
                    <StatusBadge label={t.invoiceStatus[invoice.status]} tone={STATUS_TONE[invoice.status]} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
