// Page reader: checks no permission itself. It relies on the invoice page's requireAssociationAccess(slug,
// 'invoice.read') (fakturor/[invoiceId]).
import 'server-only';
import type { Role } from '@/domain/authz/roles';
import { may } from '@/domain/authz/permissions';
import { prisma } from '@/server/db/client';
import { toKronor } from '@/server/money/to-kronor';
import { decideAttest, loadAttestContext } from '../attest-context';

/**
 * One invoice for its page, with what the viewer may do: whether they may attest it and why (not),
 * and for the substitute whether stating the chair absent or conflicted would allow it.
 */
export async function getInvoice(
  associationId: string,
  invoiceId: string,
  viewer: { personId: string; roles: Role[] },
) {
  const context = await loadAttestContext(prisma, associationId, invoiceId, new Date()).catch(() => null);
  if (!context) return null;
  const details = await prisma.invoice.findUniqueOrThrow({
    where: { id: invoiceId },
    select: {
      budgetLine: { select: { name: true } },
      intervention: { select: { name: true } },
      concernsPerson: { select: { name: true } },
      payeePerson: { select: { name: true } },
      attachments: {
        select: { id: true, fileName: true, sizeBytes: true, mimeType: true },
        orderBy: { createdAt: 'asc' },
      },
      attestations: {
        orderBy: { createdAt: 'asc' },
        select: {
          id: true,
          outcome: true,
          rule: true,
          note: true,
          substituteReason: true,
          createdAt: true,
          attestedBy: { select: { name: true } },
        },
      },
    },
  });
  const { invoice } = context;
  const canAttestAtAll = may(viewer.roles, 'invoice.attest');
  const now = decideAttest(context, viewer);
  const asSubstitute =
    !now.decision.allowed && canAttestAtAll ? decideAttest(context, { ...viewer, substituting: true }) : null;
  return {
    invoice: {
      id: invoice.id,
      supplier: invoice.supplier,
      invoiceNumber: invoice.invoiceNumber,
      invoiceDate: invoice.invoiceDate,
      dueDate: invoice.dueDate,
      receivedAt: invoice.receivedAt,
      amountExclVat: toKronor(invoice.amountExclVat),
      amountInclVat: toKronor(invoice.amountInclVat),
      status: invoice.status,
      rejectionReason: invoice.rejectionReason,
      paidAt: invoice.paidAt,
      payeeKind: invoice.payeeKind,
      version: invoice.version,
      ...details,
    },
    attest: {
      decision: now.decision,
      explanation: now.explanation,
      canAttestAtAll,
      substituteExplanation: asSubstitute?.decision.allowed ? asSubstitute.explanation : null,
      aboveLimitRole:
        asSubstitute?.decision.allowed && asSubstitute.decision.rule === 'DIRECTOR_SUBSTITUTE'
          ? ('DIRECTOR' as const)
          : context.settings.attestAboveLimitRole,
    },
    mayMarkPaid: may(viewer.roles, 'invoice.markPaid'),
  };
}
