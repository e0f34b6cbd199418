// Page reader: checks no permission itself. It relies on the invoices page's requireAssociationAccess(slug,
// 'invoice.read') (fakturor).
import 'server-only';
import { prisma } from '@/server/db/client';
import { toKronor } from '@/server/money/to-kronor';

/** The association's invoices: those awaiting attest first, then the latest. */
export async function getInvoices(associationId: string) {
  const rows = await prisma.invoice.findMany({
    where: { associationId },
    orderBy: [{ invoiceDate: 'desc' }, { supplier: 'asc' }],
    select: {
      id: true,
      supplier: true,
      invoiceNumber: true,
      invoiceDate: true,
      dueDate: true,
      amountInclVat: true,
      status: true,
      budgetLine: { select: { name: true } },
    },
  });
  const awaiting = (status: string) => (status === 'RECEIVED' ? 0 : 1);
  return rows
    .map((row) => ({ ...row, amountInclVat: toKronor(row.amountInclVat) }))
    .sort((a, b) => awaiting(a.status) - awaiting(b.status));
}
