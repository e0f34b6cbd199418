import 'server-only';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { prisma } from '@/server/db/client';
import type { UseCaseDeps } from '@/server/kernel/deps';

/** A file attached to one of the association's invoices, for those who may read invoices; null when there is none. */
export async function getInvoiceAttachment(
  associationId: string,
  invoiceId: string,
  attachmentId: string,
  actor: Actor,
  options: UseCaseDeps = {},
) {
  const db = options.db ?? prisma;
  await assertPermission(actor.personId, associationId, 'invoice.read', { db });
  return db.attachment.findFirst({
    where: { id: attachmentId, invoiceId, associationId, invoice: { associationId } },
    select: { fileName: true, mimeType: true, data: true },
  });
}
