'use server';

import type { Actor } from '@/server/authz/session-actor';
import { attestInvoice } from '@/server/invoice/attest-invoice';
import type { FreshInvoice } from '@/server/invoice/change-invoice-status';
import { markInvoicePaid } from '@/server/invoice/mark-invoice-paid';
import { recordInvoice } from '@/server/invoice/record-invoice';
import { rejectInvoice } from '@/server/invoice/reject-invoice';
import { setPriceBaseAmount } from '@/server/invoice/set-price-base-amount';
import { updateDelegationSettings } from '@/server/invoice/update-delegation-settings';
import { associationAction, fresh } from '@/server/http/association-action';
import { formFile, formText } from '@/server/http/form-data';

const invoices = { revalidate: ['/fakturor'], stale: fresh<FreshInvoice>() };
const settings = { revalidate: ['/installningar/attest'], stale: fresh<unknown>() };

export const attestInvoiceAction = associationAction(attestInvoice, invoices);
export const rejectInvoiceAction = associationAction(rejectInvoice, invoices);
export const markInvoicePaidAction = associationAction(markInvoicePaid, invoices);
export const updateDelegationSettingsAction = associationAction(updateDelegationSettings, settings);
export const setPriceBaseAmountAction = associationAction(setPriceBaseAmount, settings);

const TEXT_FIELDS = [
  'supplier',
  'invoiceNumber',
  'invoiceDate',
  'dueDate',
  'amountExclVat',
  'vatPercent',
  'vatAmount',
  'amountInclVat',
  'budgetLineId',
  'interventionId',
  'concernsPersonId',
  'payeeKind',
  'payeePersonId',
] as const;

// The attachment travels as a file, so this action takes the form; the session is checked before it is read.
const record = associationAction(
  async ({ associationId, form }: { associationId: string; form: FormData }, actor: Actor) => {
    const fields = Object.fromEntries(TEXT_FIELDS.map((name) => [name, formText(form, name)])) as Record<
      (typeof TEXT_FIELDS)[number],
      string
    >;
    const file = form.get('attachment');
    const attachment = file instanceof File && file.size > 0 ? await formFile(form, 'attachment') : null;
    const payeeKind = fields.payeeKind as 'SUPPLIER' | 'PERSON';
    return recordInvoice({ ...fields, payeeKind, associationId, attachment }, actor);
  },
  { revalidate: ['/fakturor'] },
);

export async function recordInvoiceAction(slug: string, form: FormData) {
  return record(slug, { form });
}
