import {
  SUBSTITUTE_RULES,
  whoMayAttest,
  type AttestInvoice,
  type AttestRefusal,
  type AttestRule,
  type AttestSettings,
  type SubstituteReason,
} from '../attest/who-may-attest';
import type { Role } from '../authz/roles';

/**
 * What an auditor looks for in the attest log, beyond the rule that allowed each attest:
 * - SAME_PERSON_RECORDED_AND_ATTESTED: the one who recorded the invoice also attested it (no second pair of eyes);
 * - ATTESTER_INVOLVED: the attester is the payee or the person the invoice concerns;
 * - NOT_ALLOWED_BY_RULES: the attestordning as it stands would not let this person decide on it (e.g. above the limit);
 * - ATTESTED_AFTER_PAID: attested on a later day than the payment date (paid without a prior attest);
 * - PAID_WITHOUT_ATTEST: a paid invoice with no attest at all;
 * - SUBSTITUTION: a substitute attested in place of the one the rule names (the director's
 *   substitute, or the vice chair for the chair), with the stated reason and note.
 */
export const ATTEST_EXCEPTIONS = [
  'SUBSTITUTION',
  'SAME_PERSON_RECORDED_AND_ATTESTED',
  'ATTESTER_INVOLVED',
  'NOT_ALLOWED_BY_RULES',
  'ATTESTED_AFTER_PAID',
  'PAID_WITHOUT_ATTEST',
] as const;
export type AttestExceptionKind = (typeof ATTEST_EXCEPTIONS)[number];

export interface AttestException {
  kind: AttestExceptionKind;
  /** For NOT_ALLOWED_BY_RULES: why the rule refuses it now. */
  refusal?: AttestRefusal;
  /** For SUBSTITUTION: the reason from the list (null when none was stored) and the note. */
  substituteReason?: SubstituteReason | null;
  note?: string;
}

export interface AttestCheck {
  outcome: 'ATTESTED' | 'REJECTED';
  attestedById: string;
  /** The attest's calendar date (association time), YYYY-MM-DD. */
  attestedOn: string;
  /** The rule stored with the attest: VICE_CHAIR_SUBSTITUTE means the substitute stated the chair was unavailable. */
  rule: string;
  /** The substitute's stated reason and the attest's note. */
  substituteReason: SubstituteReason | null;
  note: string;
  /** The attester's roles in the association on the day of the attest (role terms, ADR 032). */
  attesterRoles: readonly Role[];
  invoice: {
    /** From the audit entry `invoice.recorded`; null when unknown (e.g. demo or imported invoices). */
    recordedById: string | null;
    /** Payment date YYYY-MM-DD, null when not paid. */
    paidOn: string | null;
    attest: AttestInvoice;
  };
  /** The delegation in force on the attest's day and the prisbasbelopp of the invoice's year. */
  settings: AttestSettings;
}

/** The exceptions of one attest or rejection, most serious first; empty when it is in order. */
export function attestExceptions(check: AttestCheck): AttestException[] {
  const found: AttestException[] = [];
  const involved = [check.invoice.attest.payee, check.invoice.attest.concerns].some(
    (person) => person?.personId === check.attestedById,
  );
  if (involved) found.push({ kind: 'ATTESTER_INVOLVED' });
  const substituted = SUBSTITUTE_RULES.includes(check.rule as AttestRule);
  if (substituted) found.push({ kind: 'SUBSTITUTION', substituteReason: check.substituteReason, note: check.note });
  const decision = whoMayAttest(check.invoice.attest, check.settings, {
    personId: check.attestedById,
    roles: check.attesterRoles,
    substituting: substituted,
  });
  if (!decision.allowed && decision.reason !== 'OWN_PAYMENT')
    found.push({ kind: 'NOT_ALLOWED_BY_RULES', refusal: decision.reason });
  if (
    check.outcome === 'ATTESTED' &&
    check.invoice.recordedById !== null &&
    check.invoice.recordedById === check.attestedById
  ) {
    found.push({ kind: 'SAME_PERSON_RECORDED_AND_ATTESTED' });
  }
  if (check.outcome === 'ATTESTED' && check.invoice.paidOn !== null && check.attestedOn > check.invoice.paidOn)
    found.push({ kind: 'ATTESTED_AFTER_PAID' });
  return found;
}

/** A paid invoice needs at least one attest. */
export function paidWithoutAttest(invoice: { status: string; attestedCount: number }): boolean {
  return invoice.status === 'PAID' && invoice.attestedCount === 0;
}
