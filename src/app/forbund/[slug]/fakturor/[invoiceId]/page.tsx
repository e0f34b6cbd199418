import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { HistoryPanel } from '@/app/forbund/[slug]/_components/history-panel';
import { AttestPanel } from '@/components/invoice/attest-panel';
import { INVOICE_STATUS_TONE } from '@/components/invoice/invoice-status-tone';
import { PageHeader } from '@/components/ui/page-header';
import { StatusBadge } from '@/components/ui/status-badge';
import { calendarDateIn } from '@/domain/calendar/local-date';
import { formatKronor } from '@/domain/money/kronor';
import { format, messages } from '@/i18n/catalog';
import { formatDate, formatDateTime } from '@/i18n/dates';
import { requireAssociationAccess } from '@/server/authz/require-association-access';
import { getInvoice } from '@/server/invoice/page-readers/get-invoice';

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const metadata: Metadata = { title: messages().areas.invoices.title };

export default async function InvoicePage({ params }: { params: Promise<{ slug: string; invoiceId: string }> }) {
  const { slug, invoiceId } = await params;
  const { association, person, roles } = await requireAssociationAccess(slug, 'invoice.read');
  const data = await getInvoice(association.id, invoiceId, { personId: person.id, roles });
  if (!data) notFound();
  const { invoice, attest } = data;
  const all = messages();
  const t = all.invoices;
  const base = `/forbund/${encodeURIComponent(slug)}/fakturor`;
  const today = calendarDateIn(new Date());
  const pad = (n: number) => String(n).padStart(2, '0');
  const row = (label: string, value: React.ReactNode) => (
    <div className="grid grid-cols-[12rem_1fr] gap-2 border-b border-slate-100 py-1.5">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd>{value}</dd>
    </div>
  );

  return (
    <>
      <PageHeader title={format(t.detailsTitle, { supplier: invoice.supplier, number: invoice.invoiceNumber })}>
        <Link href={base} className="text-sm text-accent-800 hover:underline">
          {t.backToList}
        </Link>
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-[1fr_24rem]">
        <div className="card">
          <dl data-testid="invoice-details">
            {row(
              all.areas.invoices.status,
              <StatusBadge
                label={all.areas.invoiceStatus[invoice.status]}
                tone={INVOICE_STATUS_TONE[invoice.status]}
              />,
            )}
            {row(all.areas.invoices.invoiceDate, formatDate(invoice.invoiceDate))}
            {row(all.areas.invoices.dueDate, invoice.dueDate ? formatDate(invoice.dueDate) : '')}
            {row(t.amountExclVat, <span className="tabular-nums">{formatKronor(invoice.amountExclVat)}</span>)}
            {row(
              t.vat,
              <span className="tabular-nums">{formatKronor(invoice.amountInclVat.minus(invoice.amountExclVat))}</span>,
            )}
            {row(t.amountInclVat, <span className="tabular-nums">{formatKronor(invoice.amountInclVat)}</span>)}
            {row(all.areas.invoices.budgetLine, invoice.budgetLine?.name ?? '')}
            {row(t.intervention, invoice.intervention?.name ?? '')}
            {row(t.concernsPerson, invoice.concernsPerson?.name ?? t.nobody)}
            {row(
              t.labels.payeeKind,
              invoice.payeeKind === 'PERSON' ? (invoice.payeePerson?.name ?? t.nobody) : invoice.supplier,
            )}
            {invoice.paidAt ? row(t.paidAt, formatDate(invoice.paidAt)) : null}
            {invoice.rejectionReason ? row(t.rejectionReason, invoice.rejectionReason) : null}
            {row(
              t.attachment,
              invoice.attachments.length === 0 ? (
                t.noAttachment
              ) : (
                <ul>
                  {invoice.attachments.map((attachment) => (
                    <li key={attachment.id}>
                      <a href={`${base}/${invoice.id}/bilagor/${attachment.id}`} className="text-accent-800 underline">
                        {format(t.download, { fileName: attachment.fileName })}
                      </a>
                    </li>
                  ))}
                </ul>
              ),
            )}
          </dl>
          <h2 className="mt-6 text-lg font-semibold">{all.attest.panel.history}</h2>
          {invoice.attestations.length === 0 ? (
            <p className="text-sm text-slate-600">{all.attest.panel.notAttestedYet}</p>
          ) : (
            <ul className="mt-2 grid gap-1 text-sm" data-testid="attest-history">
              {invoice.attestations.map((entry) => (
                <li key={entry.id}>
                  {format(all.attest.panel.historyEntry, {
                    outcome: all.attest.panel.outcome[entry.outcome],
                    person: entry.attestedBy.name,
                    when: formatDateTime(entry.createdAt),
                    rule: all.attest.rules[entry.rule as keyof typeof all.attest.rules] ?? entry.rule,
                  })}
                  {entry.substituteReason ? (
                    <span className="block text-slate-600">
                      {all.attest.panel.substituteReason}: {all.attest.panel.substituteReasons[entry.substituteReason]}
                    </span>
                  ) : null}
                  {entry.note ? <span className="block text-slate-600">{entry.note}</span> : null}
                </li>
              ))}
            </ul>
          )}
        </div>
        <AttestPanel
          slug={slug}
          invoice={{ id: invoice.id, version: invoice.version, status: invoice.status }}
          allowed={attest.decision.allowed}
          explanation={attest.explanation}
          substituteExplanation={attest.substituteExplanation}
          aboveLimitRoleName={capitalize(all.attest.roleDefinite[attest.aboveLimitRole])}
          mayMarkPaid={data.mayMarkPaid}
          today={`${today.year}-${pad(today.month)}-${pad(today.day)}`}
        />
      </div>
      <HistoryPanel association={association} entityType="Invoice" entityId={invoice.id} />
    </>
  );
}
