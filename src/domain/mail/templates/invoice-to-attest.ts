import { format, messages } from '@/i18n/catalog';
import { renderMail } from '../mail-layout';
import type { RenderedMail } from '../rendered-mail';

export interface InvoiceToAttestFacts {
  recipientName: string;
  associationName: string;
  supplier: string;
  invoiceNumber: string;
  /** "74 000 kr" */
  amountInclVat: string;
  dueDate: string | null;
  /** Absolute link to the invoice's own page, where it is attested. */
  invoiceUrl: string;
  preferencesUrl: string;
}

/** To a person who may attest the invoice under the attestordning. */
export function invoiceToAttestMail(facts: InvoiceToAttestFacts): RenderedMail {
  const t = messages().mail;
  return renderMail({
    subject: format(t.invoiceToAttest.subject, { supplier: facts.supplier, amount: facts.amountInclVat }),
    greeting: format(t.greeting, { name: facts.recipientName }),
    paragraphs: [format(t.invoiceToAttest.intro, { association: facts.associationName })],
    facts: [
      { label: t.invoiceToAttest.supplier, value: facts.supplier },
      { label: t.invoiceToAttest.invoiceNumber, value: facts.invoiceNumber },
      { label: t.invoiceToAttest.amount, value: facts.amountInclVat },
      { label: t.invoiceToAttest.dueDate, value: facts.dueDate ?? t.invoiceToAttest.noDueDate },
    ],
    action: { label: t.invoiceToAttest.action, href: facts.invoiceUrl },
    footer: [
      format(t.footerAssociation, { association: facts.associationName }),
      format(t.footerPreferences, { url: facts.preferencesUrl }),
    ],
  });
}
