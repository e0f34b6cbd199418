import 'server-only';
import { z } from 'zod';
import { messages } from '@/i18n/catalog';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import { assertInvoiceState, updateInvoiceStatus } from './change-invoice-status';
import { dateOf, isoDate } from './invoice-input';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { id, version } from '@/server/kernel/input';
import { loadOwned } from '@/server/kernel/load-owned';

export interface MarkInvoicePaidInput {
  associationId: string;
  invoiceId: string;
  version: number;
  /** The payment date, YYYY-MM-DD. */
  paidAt: string;
}

const schema = z.object({
  associationId: id,
  invoiceId: id,
  version,
  paidAt: z.string({ error: () => messages().invoices.fields.paidAtRequired }).pipe(isoDate),
});

/** Records that an attested invoice has been paid; paid invoices count as outcome in the follow-up. */
export async function markInvoicePaid(
  input: MarkInvoicePaidInput,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<{ invoiceId: string; version: number }> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'invoice.markPaid', { db, now: deps.now });

  return db.$transaction(async (tx) => {
    const invoice = await loadOwned(
      (where) => tx.invoice.findFirst({ where, select: { id: true, status: true, version: true } }),
      parsed.associationId,
      parsed.invoiceId,
    );
    assertInvoiceState(invoice, { status: 'ATTESTED', version: parsed.version });
    const paidAt = dateOf(parsed.paidAt);
    const { version: newVersion } = await updateInvoiceStatus(
      tx,
      { id: invoice.id, version: parsed.version, status: 'ATTESTED' },
      { status: 'PAID', paidAt },
    );
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'invoice.paid',
      entityType: 'Invoice',
      entityId: invoice.id,
      data: { before: { status: 'ATTESTED', paidAt: null }, after: { status: 'PAID', paidAt: parsed.paidAt } },
    });
    return { invoiceId: invoice.id, version: newVersion };
  });
}
