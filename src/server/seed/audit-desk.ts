import type { AuditAction } from '@/domain/audit/audit-actions';
import type { Tx } from './seed-helpers';

/**
 * What the auditor's desk shows in the demo (FinsamGotland): the paid conference invoice was
 * recorded and attested by the director (an exception: the same person recorded and attested),
 * attested on 12 May before it was paid on 15 May; and the prisbasbelopp 2026 was entered in January.
 */
export async function seedAuditDeskDemo(tx: Tx, people: Record<string, string>) {
  const association = await tx.association.findUnique({ where: { slug: 'finsamgotland' }, select: { id: true } });
  const director = people['chef@samplan.se'];
  if (!association || !director) return;
  const invoice = await tx.invoice.findFirst({
    where: { associationId: association.id, supplier: 'Visby Konferens AB' },
    select: { id: true, supplier: true, invoiceNumber: true, budgetLineId: true },
  });
  if (invoice) {
    await tx.attestation.updateMany({
      where: { invoiceId: invoice.id },
      data: { createdAt: new Date('2026-05-12T10:00:00+02:00') },
    });
    await tx.auditLog.create({
      data: {
        associationId: association.id,
        personId: director,
        at: new Date('2026-04-22T09:30:00+02:00'),
        action: 'invoice.recorded' satisfies AuditAction,
        entityType: 'Invoice',
        entityId: invoice.id,
        data: {
          supplier: invoice.supplier,
          invoiceNumber: invoice.invoiceNumber,
          amountExclVat: '12400.00',
          amountInclVat: '15500.00',
          budgetLineId: invoice.budgetLineId,
        },
      },
    });
  }
  const pbb = await tx.priceBaseAmount.findUnique({
    where: { associationId_year: { associationId: association.id, year: 2026 } },
    select: { id: true },
  });
  if (pbb) {
    await tx.auditLog.create({
      data: {
        associationId: association.id,
        personId: director,
        at: new Date('2026-01-08T14:00:00+01:00'),
        action: 'priceBaseAmount.set' satisfies AuditAction,
        entityType: 'PriceBaseAmount',
        entityId: pbb.id,
        data: { year: 2026, before: null, after: '59200' },
      },
    });
  }
}
