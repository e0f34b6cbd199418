import 'server-only';
import Decimal from 'decimal.js';
import type { Role } from '@/domain/authz/roles';
import { explainAttest } from '@/domain/attest/explain-attest';
import {
  whoMayAttest,
  type AttestDecision,
  type AttestInvoice,
  type AttestSettings,
} from '@/domain/attest/who-may-attest';
import { loadRoles } from '@/server/authz/load-membership';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import { toKronor } from '@/server/money/to-kronor';
import { assertInvoiceState, updateInvoiceStatus } from './change-invoice-status';
import type { Db } from '@/server/kernel/deps';
import { loadOwned } from '@/server/kernel/load-owned';

/** The association's delegation settings, with the schema's defaults when none are stored. */
export async function loadDelegationSettings(db: Db, associationId: string) {
  const row = await db.associationSettings.findUnique({
    where: { associationId },
    select: {
      directorAttestLimitPbb: true,
      vatRate: true,
      attestAboveLimitRole: true,
      attestSubstituteRole: true,
      version: true,
    },
  });
  return {
    directorAttestLimitPbb: row ? toKronor(row.directorAttestLimitPbb) : new Decimal(1),
    vatRate: row ? toKronor(row.vatRate) : new Decimal('0.25'),
    attestAboveLimitRole: (row?.attestAboveLimitRole ?? 'CHAIR') as Role,
    attestSubstituteRole: (row?.attestSubstituteRole ?? 'VICE_CHAIR') as Role,
    version: row?.version ?? null,
  };
}

/** Everything the attest rule needs about one invoice of the association; NOT_FOUND when it is not theirs. */
export async function loadAttestContext(db: Db, associationId: string, invoiceId: string, now: Date) {
  const invoice = await loadOwned((where) => db.invoice.findFirst({ where }), associationId, invoiceId);
  const year = invoice.invoiceDate.getUTCFullYear();
  const [delegation, pbb] = await Promise.all([
    loadDelegationSettings(db, associationId),
    db.priceBaseAmount.findUnique({ where: { associationId_year: { associationId, year } } }),
  ]);
  const settings: AttestSettings = { ...delegation, priceBaseAmount: pbb ? toKronor(pbb.amount) : null };
  const involved = async (personId: string | null) =>
    personId ? { personId, roles: await loadRoles(personId, associationId, { db, now }) } : null;
  const amountInclVat = toKronor(invoice.amountInclVat);
  const attestInvoice: AttestInvoice = {
    amountInclVat,
    concerns: await involved(invoice.concernsPersonId),
    payee: await involved(invoice.payeePersonId),
  };
  return { invoice, year, settings, attestInvoice, amountInclVat };
}

export type AttestContext = Awaited<ReturnType<typeof loadAttestContext>>;

/** The rule's answer for this person, with the Swedish explanation. */
export function decideAttest(
  context: AttestContext,
  actor: { personId: string; roles: readonly Role[]; aboveLimitRoleUnavailable?: boolean },
): { decision: AttestDecision; explanation: string } {
  const decision = whoMayAttest(context.attestInvoice, context.settings, actor);
  return {
    decision,
    explanation: explainAttest(decision, {
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
  request: { associationId: string; invoiceId: string; version: number; aboveLimitRoleUnavailable: boolean },
  actor: { personId: string; roles: readonly Role[] },
  now: Date,
) {
  const context = await loadAttestContext(db, request.associationId, request.invoiceId, now);
  assertInvoiceState(context.invoice, { status: 'RECEIVED', version: request.version });
  const decision = assertAttestAllowed(context, {
    personId: actor.personId,
    roles: actor.roles,
    aboveLimitRoleUnavailable: request.aboveLimitRoleUnavailable,
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
    },
    select: { id: true },
  });
  return { attestationId: attestation.id, version };
}
