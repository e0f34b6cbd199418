import 'server-only';
import type { InvoiceStatus } from '@/generated/prisma/enums';
import { format, messages } from '@/i18n/catalog';
import { ConflictError, StaleVersionError } from '@/server/kernel/use-case-errors';
import type { Db } from '@/server/kernel/deps';

export interface FreshInvoice {
  invoice: { status: InvoiceStatus; version: number } | null;
}

/** Refuses a change made from an old copy (STALE, with what is stored) or from the wrong status (CONFLICT). */
export function assertInvoiceState(
  invoice: { status: InvoiceStatus; version: number },
  expected: { status: InvoiceStatus; version: number },
) {
  if (invoice.version !== expected.version)
    throw new StaleVersionError<FreshInvoice>({ invoice: { status: invoice.status, version: invoice.version } });
  if (invoice.status !== expected.status) {
    const t = messages();
    throw new ConflictError(
      format(t.attest.panel.wrongStatus, { status: t.areas.invoiceStatus[invoice.status].toLowerCase() }),
    );
  }
}

/** Moves the invoice on only if nobody changed it meanwhile. */
export async function updateInvoiceStatus(
  tx: Db,
  where: { id: string; version: number; status: InvoiceStatus },
  data: { status: InvoiceStatus; rejectionReason?: string; paidAt?: Date },
) {
  const { count } = await tx.invoice.updateMany({ where, data: { ...data, version: { increment: 1 } } });
  if (count === 0) {
    const fresh = await tx.invoice.findUnique({ where: { id: where.id }, select: { status: true, version: true } });
    throw new StaleVersionError<FreshInvoice>({ invoice: fresh });
  }
  return { version: where.version + 1 };
}
