import { seedInvoiceDocuments } from './invoice-documents';
import type { Tx } from './seed-helpers';

/**
 * Invoices awaiting attest in November 2026: a small one for the director, one of 64 000 kr excl.
 * VAT (above the director's 59 200 kr) for the chair, and the director's own travel (the chair's).
 * Each is paid to its supplier and has its document (a generated PDF), as every invoice of the association.
 */
export async function seedFinsamGotlandInvoices(
  tx: Tx,
  ids: { a: string; plan: string; director: string; forsteget: string },
) {
  const line = (name: string) =>
    tx.budgetLine.findFirstOrThrow({ where: { planId: ids.plan, name }, select: { id: true } });
  const forsteget = await line('Jobbvägen försteget');
  const administration = await line('Administration (kansli, personal, lokaler)');
  await tx.invoice.createMany({
    data: [
      {
        associationId: ids.a,
        supplier: 'Kontorsgiganten Visby AB',
        invoiceNumber: 'KG-30211',
        invoiceDate: new Date('2026-11-12'),
        dueDate: new Date('2026-12-12'),
        amountExclVat: '1000',
        amountInclVat: '1250',
        budgetLineId: administration.id,
      },
      {
        associationId: ids.a,
        supplier: 'Arbetsmarknadskonsult Gotland AB',
        invoiceNumber: 'AKG-2026-118',
        invoiceDate: new Date('2026-11-16'),
        dueDate: new Date('2026-12-16'),
        amountExclVat: '64000',
        amountInclVat: '80000',
        budgetLineId: forsteget.id,
        interventionId: ids.forsteget,
      },
      {
        associationId: ids.a,
        supplier: 'Destination Gotland AB',
        invoiceNumber: 'DG-884213',
        invoiceDate: new Date('2026-11-18'),
        dueDate: new Date('2026-12-18'),
        amountExclVat: '2142.86',
        amountInclVat: '2400',
        budgetLineId: administration.id,
        concernsPersonId: ids.director,
      },
    ],
  });
  await seedInvoiceDocuments(tx, ids.a, ids.director);
}
