import 'server-only';
import Decimal from 'decimal.js';
import type { Role } from '@/domain/authz/roles';
import { explainAttest } from '@/domain/attest/explain-attest';
import {
  whoMayAttest,
  type AttestDecision,
  type AttestInvoice,
  type AttestSettings,
  type Delegation,
  type SubstituteReason,
} from '@/domain/attest/who-may-attest';
import { associationDay, delegationInForce, type DelegationChangeRow } from '@/domain/attest/delegation';
import { loadRoles } from '@/server/authz/load-membership';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import { toKronor } from '@/server/money/to-kronor';
import { assertInvoiceState, updateInvoiceStatus } from './change-invoice-status';
import type { Db } from '@/server/kernel/deps';
import { loadOwned } from '@/server/kernel/load-owned';

/**
 * The association's delegation for attest in force on a day (YYYY-MM-DD, today when left out):
 * the newest board-decided DelegationChange whose date has come, else the stored baseline
 * settings (the schema's defaults when none are stored). `version` counts the decided changes,
 * for the stale check of the settings form; `decision` is the change in force, if any.
 */
export async function loadDelegationSettings(db: Db, associationId: string, day: string = associationDay(new Date())) {
  const [row, changes] = await Promise.all([
    db.associationSettings.findUnique({
      where: { associationId },
      select: {
        directorAttestLimitPbb: true,
        attestAboveLimitRole: true,
        attestSubstituteRole: true,
        directorSubstituteRole: true,
      },
    }),
    loadDelegationChanges(db, associationId),
  ]);
  const baseline: Delegation = {
    directorAttestLimitPbb: row ? toKronor(row.directorAttestLimitPbb) : new Decimal(1),
    attestAboveLimitRole: (row?.attestAboveLimitRole ?? 'CHAIR') as Role,
    attestSubstituteRole: (row?.attestSubstituteRole ?? 'VICE_CHAIR') as Role,
    directorSubstituteRole: (row?.directorSubstituteRole ?? 'CHAIR') as Role,
  };
  const inForce = delegationInForce(baseline, changes, day);
  const current = changes.filter((change) => change.effectiveFrom <= day).at(-1) ?? null;
  return { ...inForce, version: changes.length, decision: current?.decision ?? null };
}

/** The board-decided changes of the delegation, oldest first, with the decision each refers to. */
export async function loadDelegationChanges(db: Db, associationId: string) {
  const rows = await db.delegationChange.findMany({
    where: { associationId },
    orderBy: [{ effectiveFrom: 'asc' }, { createdAt: 'asc' }],
    select: {
      effectiveFrom: true,
      createdAt: true,
      directorAttestLimitPbb: true,
      attestAboveLimitRole: true,
      attestSubstituteRole: true,
      directorSubstituteRole: true,
      decision: { select: { id: true, text: true, decidedAt: true } },
    },
  });
  return rows.map((row): DelegationChangeRow & { decision: { id: string; text: string; decidedAt: Date } } => ({
    effectiveFrom: row.effectiveFrom.toISOString().slice(0, 10),
    recordedAt: row.createdAt,
    directorAttestLimitPbb: toKronor(row.directorAttestLimitPbb),
    attestAboveLimitRole: row.attestAboveLimitRole as Role,
    attestSubstituteRole: row.attestSubstituteRole as Role,
    directorSubstituteRole: row.directorSubstituteRole as Role,
    decision: row.decision,
  }));
}

/** Everything the attest rule needs about one invoice of the association; NOT_FOUND when it is not theirs. */
export async function loadAttestContext(db: Db, associationId: string, invoiceId: string, now: Date) {
  const invoice = await loadOwned((where) => db.invoice.findFirst({ where }), associationId, invoiceId);
  const year = invoice.invoiceDate.getUTCFullYear();
  const [delegation, pbb, documents] = await Promise.all([
    loadDelegationSettings(db, associationId, associationDay(now)),
    db.priceBaseAmount.findUnique({ where: { associationId_year: { associationId, year } } }),
    db.attachment.count({ where: { invoiceId: invoice.id } }),
  ]);
  const settings: AttestSettings = { ...delegation, priceBaseAmount: pbb ? toKronor(pbb.amount) : null };
  const involved = async (personId: string | null) =>
    personId ? { personId, roles: await loadRoles(personId, associationId, { db, now }) } : null;
  const amountInclVat = toKronor(invoice.amountInclVat);
  const amountExclVat = toKronor(invoice.amountExclVat);
  const attestInvoice: AttestInvoice = {
    amountExclVat,
    concerns: await involved(invoice.concernsPersonId),
    payee: await involved(invoice.payeePersonId),
    payeeKind: invoice.payeeKind,
    hasDocument: documents > 0,
  };
  return { invoice, year, settings, attestInvoice, amountInclVat, amountExclVat };
}

export type AttestContext = Awaited<ReturnType<typeof loadAttestContext>>;

/** The rule's answer for this person, with the Swedish explanation. */
export function decideAttest(
  context: AttestContext,
  actor: { personId: string; roles: readonly Role[]; substituting?: boolean },
): { decision: AttestDecision; explanation: string } {
  const decision = whoMayAttest(context.attestInvoice, context.settings, actor);
  return {
    decision,
    explanation: explainAttest(decision, {
      amountExclVat: context.amountExclVat,
      amountInclVat: context.amountInclVat,
      year: context.year,
      settings: context.settings,
    }),
  };
}

/** Refuses with the rule's Swedish reason; nothing has been written when this is thrown. */
export function assertAttestAllowed(context: AttestContext, actor: Parameters<typeof decideAttest>[1]) {
  const { decision, explanation } = decideAttest(context, actor);
  if (!decision.allowed) throw new AuthorizationError('FORBIDDEN', explanation);
  return decision;
}

/**
 * What attesting and rejecting share: the invoice must still be received at the version the
 * person saw, and the attestordning must let this person decide on it.
 */
export async function loadAttestableInvoice(
  db: Db,
  request: { associationId: string; invoiceId: string; version: number; substituting: boolean },
  actor: { personId: string; roles: readonly Role[] },
  now: Date,
  purpose: 'attest' | 'reject' = 'attest',
) {
  const loaded = await loadAttestContext(db, request.associationId, request.invoiceId, now);
  // Rejecting needs the right to decide on the invoice, not its papers: an invoice may be rejected for lacking them.
  const context: AttestContext =
    purpose === 'reject'
      ? { ...loaded, attestInvoice: { ...loaded.attestInvoice, hasDocument: true, payeeKind: 'SUPPLIER' } }
      : loaded;
  assertInvoiceState(context.invoice, { status: 'RECEIVED', version: request.version });
  const decision = assertAttestAllowed(context, {
    personId: actor.personId,
    roles: actor.roles,
    substituting: request.substituting,
  });
  return { context, decision };
}

/** Moves the received invoice to the outcome (STALE when changed meanwhile) and records who decided it by which rule. */
export async function recordAttestOutcome(
  tx: Db,
  attestable: { context: AttestContext; decision: ReturnType<typeof assertAttestAllowed> },
  outcome: {
    personId: string;
    version: number;
    outcome: 'ATTESTED' | 'REJECTED';
    note: string;
    rejectionReason?: string;
    substituteReason?: SubstituteReason | null;
  },
): Promise<{ attestationId: string; version: number }> {
  const invoiceId = attestable.context.invoice.id;
  const { version } = await updateInvoiceStatus(
    tx,
    { id: invoiceId, version: outcome.version, status: 'RECEIVED' },
    { status: outcome.outcome, rejectionReason: outcome.rejectionReason },
  );
  const attestation = await tx.attestation.create({
    data: {
      invoiceId,
      attestedById: outcome.personId,
      outcome: outcome.outcome,
      rule: attestable.decision.rule,
      note: outcome.note,
      substituteReason: outcome.substituteReason ?? null,
    },
    select: { id: true },
  });
  return { attestationId: attestation.id, version };
}
