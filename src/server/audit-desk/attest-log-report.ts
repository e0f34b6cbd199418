import 'server-only';
import { associationDay, delegationInForce } from '@/domain/attest/delegation';
import { attestExceptions, paidWithoutAttest, type AttestException } from '@/domain/audit-desk/attest-exceptions';
import type { AttestSettings } from '@/domain/attest/who-may-attest';
import { sortRoles, type Role } from '@/domain/authz/roles';
import { format, messages } from '@/i18n/catalog';
import { formatDate } from '@/i18n/dates';
import { ruleLabel } from '@/server/attest-log/attest-log-rows';
import { loadDelegationChanges, loadDelegationSettings } from '@/server/invoice/attest-context';
import { toKronor } from '@/server/money/to-kronor';
import type { ReportRow, ReportTable } from '@/domain/report-table/report-table';
import { deskSubtitle, isoDay, type DeskContext } from './audit-desk-context';

function exceptionText(exception: AttestException): string {
  const t = messages().auditDesk.reports.attestlogg;
  const text = t.kinds[exception.kind];
  if (exception.kind === 'SUBSTITUTION')
    return format(text, {
      reason: exception.substituteReason ? t.substituteReasons[exception.substituteReason] : t.noReason,
      note: exception.note || t.noNote,
    });
  return exception.refusal ? format(text, { reason: t.refusals[exception.refusal] }) : text;
}

/**
 * The year's attests and rejections with the exceptions an auditor looks for (see
 * attest-exceptions.ts), plus invoices paid in the year without any attest. Roles are those held
 * on the day of the attest (role terms, ADR 032); the delegation is the one in force that day
 * (the board's latest decided change whose date had come, ADR 035).
 */
export async function attestLogReport(ctx: DeskContext): Promise<ReportTable> {
  const t = messages().auditDesk.reports.attestlogg;
  const { db, associationId } = ctx;
  const attestations = await db.attestation.findMany({
    where: { invoice: { associationId }, createdAt: { gte: ctx.range.start, lt: ctx.range.end } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      createdAt: true,
      outcome: true,
      rule: true,
      note: true,
      substituteReason: true,
      attestedBy: { select: { id: true, name: true } },
      invoice: {
        select: {
          id: true,
          supplier: true,
          invoiceNumber: true,
          invoiceDate: true,
          amountExclVat: true,
          amountInclVat: true,
          paidAt: true,
          concernsPersonId: true,
          payeeKind: true,
          payeePersonId: true,
          _count: { select: { attachments: true } },
        },
      },
    },
  });
  const unattestedPaid = await db.invoice.findMany({
    where: {
      associationId,
      status: 'PAID',
      paidAt: { gte: ctx.range.start, lt: ctx.range.end },
      attestations: { none: { outcome: 'ATTESTED' } },
    },
    orderBy: { paidAt: 'asc' },
    select: { id: true, supplier: true, invoiceNumber: true, amountExclVat: true, paidAt: true, status: true },
  });
  const invoiceIds = [...new Set(attestations.map((a) => a.invoice.id))];
  const [recorded, assignments, baseline, delegationChanges, priceBaseAmounts] = await Promise.all([
    db.auditLog.findMany({
      where: { associationId, action: 'invoice.recorded', entityType: 'Invoice', entityId: { in: invoiceIds } },
      orderBy: { id: 'asc' },
      select: { entityId: true, person: { select: { id: true, name: true } } },
    }),
    db.roleAssignment.findMany({
      where: { associationId },
      select: { personId: true, role: true, validFrom: true, validTo: true },
    }),
    loadDelegationSettings(db, associationId, '0000-01-01'),
    loadDelegationChanges(db, associationId),
    db.priceBaseAmount.findMany({ where: { associationId }, select: { year: true, amount: true } }),
  ]);
  const recordedBy = new Map(recorded.map((entry) => [entry.entityId!, entry.person]));
  const rolesAt = (personId: string, at: Date): Role[] =>
    sortRoles(
      assignments
        .filter(
          (r) => r.personId === personId && (!r.validFrom || r.validFrom <= at) && (!r.validTo || r.validTo >= at),
        )
        .map((r) => r.role),
    );
  const pbb = new Map(priceBaseAmounts.map((row) => [row.year, toKronor(row.amount)]));
  const involved = (personId: string | null, at: Date) =>
    personId ? { personId, roles: rolesAt(personId, at) } : null;

  const delegationAt = (at: Date) => delegationInForce(baseline, delegationChanges, associationDay(at));

  const rows: { at: Date; row: ReportRow }[] = attestations.map((a) => {
    const settings: AttestSettings = {
      ...delegationAt(a.createdAt),
      priceBaseAmount: pbb.get(a.invoice.invoiceDate.getUTCFullYear()) ?? null,
    };
    const recorder = recordedBy.get(a.invoice.id) ?? null;
    const exceptions = attestExceptions({
      outcome: a.outcome,
      attestedById: a.attestedBy.id,
      attestedOn: isoDay(a.createdAt),
      rule: a.rule,
      substituteReason: a.substituteReason,
      note: a.note,
      attesterRoles: rolesAt(a.attestedBy.id, a.createdAt),
      settings,
      invoice: {
        recordedById: recorder?.id ?? null,
        paidOn: a.invoice.paidAt ? a.invoice.paidAt.toISOString().slice(0, 10) : null,
        attest: {
          amountExclVat: toKronor(a.invoice.amountExclVat),
          concerns: involved(a.invoice.concernsPersonId, a.createdAt),
          payee: involved(a.invoice.payeePersonId, a.createdAt),
          payeeKind: a.invoice.payeeKind,
          hasDocument: a.invoice._count.attachments > 0,
        },
      },
    });
    return {
      at: a.createdAt,
      row: {
        cells: [
          formatDate(a.createdAt),
          a.attestedBy.name,
          a.invoice.supplier,
          a.invoice.invoiceNumber,
          toKronor(a.invoice.amountExclVat),
          ruleLabel(a.rule),
          messages().attestLog.outcomes[a.outcome],
          recorder?.name ?? t.unknown,
          exceptions.map(exceptionText).join('; '),
        ],
        highlight: exceptions.length > 0,
      },
    };
  });
  for (const invoice of unattestedPaid) {
    if (!paidWithoutAttest({ status: invoice.status, attestedCount: 0 })) continue;
    rows.push({
      at: invoice.paidAt!,
      row: {
        cells: [
          formatDate(invoice.paidAt!),
          t.notAttested,
          invoice.supplier,
          invoice.invoiceNumber,
          toKronor(invoice.amountExclVat),
          '',
          t.paidWithoutAttest,
          '',
          t.kinds.PAID_WITHOUT_ATTEST,
        ],
        highlight: true,
      },
    });
  }
  rows.sort((a, b) => a.at.getTime() - b.at.getTime());

  return {
    fileBase: `attestlogg-avvikelser-${ctx.year}`,
    title: format(t.title, { year: ctx.year }),
    subtitle: deskSubtitle(ctx),
    landscape: true,
    columns: [
      { header: t.when, width: 10 },
      { header: t.person, width: 14 },
      { header: t.supplier, width: 18 },
      { header: t.invoiceNumber, width: 10 },
      { header: t.amount, width: 12, align: 'right' },
      { header: t.rule, width: 18 },
      { header: t.outcome, width: 9 },
      { header: t.recordedBy, width: 12 },
      { header: t.exceptions, width: 24 },
    ],
    rows: rows.map((r) => r.row),
    emptyText: t.empty,
    notes: [t.note],
  };
}
