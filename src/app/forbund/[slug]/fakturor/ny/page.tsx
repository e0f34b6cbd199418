import type { Metadata } from 'next';
import Link from 'next/link';
import { InvoiceForm } from '@/components/invoice/invoice-form';
import { PageHeader } from '@/components/ui/page-header';
import { messages } from '@/i18n/catalog';
import { requireAssociationAccess } from '@/server/authz/require-association-access';
import { getInvoiceFormOptions } from '@/server/invoice/page-readers/get-invoice-form-options';

export const metadata: Metadata = { title: messages().invoices.newTitle };

export default async function NewInvoicePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { association } = await requireAssociationAccess(slug, 'invoice.record');
  const options = await getInvoiceFormOptions(association.id);
  const t = messages().invoices;
  return (
    <>
      <PageHeader title={t.newTitle}>
        <Link
          href={`/forbund/${encodeURIComponent(slug)}/fakturor`}
          className="text-sm text-accent-800 hover:underline"
        >
          {t.backToList}
        </Link>
      </PageHeader>
      <InvoiceForm slug={slug} options={options} />
    </>
  );
}
