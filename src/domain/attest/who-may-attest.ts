import type { Kronor } from '@/domain/money/kronor';
import type { Role } from '@/domain/authz/roles';

/** Why an attest was allowed; stored on the Attestation row and shown in the attest log. */
export const ATTEST_RULES = [
  'DIRECTOR_WITHIN_LIMIT',
  'DIRECTOR_SUBSTITUTE',
  'CHAIR_ABOVE_LIMIT',
  'CHAIR_CONCERNS_DIRECTOR',
  'VICE_CHAIR_SUBSTITUTE',
] as const;
export type AttestRule = (typeof ATTEST_RULES)[number];

/** Rules under which someone attested in place of the one the attestordning names: exceptions for the auditor. */
export const SUBSTITUTE_RULES: readonly AttestRule[] = ['DIRECTOR_SUBSTITUTE', 'VICE_CHAIR_SUBSTITUTE'];

export const ATTEST_REFUSALS = [
  'OWN_PAYMENT',
  'ABOVE_DIRECTOR_LIMIT',
  'CONCERNS_DIRECTOR',
  'NO_PRICE_BASE_AMOUNT',
  'DIRECTOR_ATTESTS',
  'CHAIR_ATTESTS',
  'CHAIR_CONFLICTED',
  'NO_ATTEST_ROLE',
  'NO_DOCUMENT',
  'NO_PAYEE',
] as const;
export type AttestRefusal = (typeof ATTEST_REFUSALS)[number];

/** Why a substitute attests in place of the one the rule names. */
export const SUBSTITUTE_REASONS = ['ABSENT', 'CONFLICT_OF_INTEREST'] as const;
export type SubstituteReason = (typeof SUBSTITUTE_REASONS)[number];

/** Who is paid: the external supplier, or a person of the association. */
export type PayeeKind = 'SUPPLIER' | 'PERSON';

export interface AttestInvoice {
  /** The amount excluding VAT: what the director's limit is compared with. */
  amountExclVat: Kronor;
  /** The person the invoice concerns (the reference) and the person paid, with their roles in the association. */
  concerns: { personId: string; roles: readonly Role[] } | null;
  payee: { personId: string; roles: readonly Role[] } | null;
  /** SUPPLIER: paid to the external supplier; PERSON: paid to `payee`, a person of the association. */
  payeeKind: PayeeKind;
  /** The invoice has its document (an attachment): nobody attests without it. */
  hasDocument: boolean;
}

/** The delegation for attest in force on a day (the board's latest decided change, see delegation.ts). */
export interface Delegation {
  /** The director's limit in prisbasbelopp, excluding VAT. */
  directorAttestLimitPbb: Kronor;
  attestAboveLimitRole: Role;
  attestSubstituteRole: Role;
  /** Who attests within the director's limit when the director is absent. */
  directorSubstituteRole: Role;
}

export interface AttestSettings extends Delegation {
  /** The prisbasbelopp of the invoice's year; null when none is recorded for that year. */
  priceBaseAmount: Kronor | null;
}

export interface AttestActor {
  personId: string;
  roles: readonly Role[];
  /** The actor states that the one the rule names (the director, or the chair above the limit) is absent or conflicted. */
  substituting?: boolean;
}

/** Which level of the attestordning the invoice needs, and the director's limit excl. VAT (null without a prisbasbelopp). */
export interface AttestLevel {
  level: 'DIRECTOR' | 'ABOVE_LIMIT';
  because: 'WITHIN_LIMIT' | 'ABOVE_LIMIT' | 'CONCERNS_DIRECTOR' | 'NO_PRICE_BASE_AMOUNT';
  limitExclVat: Kronor | null;
  /** The above-limit role holder is the payee or the person concerned: the substitute attests. */
  aboveLimitRoleConflicted: boolean;
}

export type AttestDecision =
  | { allowed: true; rule: AttestRule; level: AttestLevel }
  | { allowed: false; reason: AttestRefusal; level: AttestLevel };

/**
 * The director's limit excluding VAT: limit × prisbasbelopp, e.g. 2026: 1 × 59 200 = 59 200 kr.
 * "One prisbasbelopp + VAT" means the amount excluding VAT is at most one prisbasbelopp, whatever
 * VAT the invoice carries (25, 12, 6 or 0 %).
 */
export function directorLimitExclVat(settings: AttestSettings): Kronor | null {
  if (!settings.priceBaseAmount) return null;
  return settings.priceBaseAmount.times(settings.directorAttestLimitPbb).toDecimalPlaces(2);
}

function involved(invoice: AttestInvoice): { personId: string; roles: readonly Role[] }[] {
  return [invoice.concerns, invoice.payee].filter((person) => person !== null);
}

export function attestLevel(invoice: AttestInvoice, settings: AttestSettings): AttestLevel {
  const limitExclVat = directorLimitExclVat(settings);
  const people = involved(invoice);
  const aboveLimitRoleConflicted = people.some((person) => person.roles.includes(settings.attestAboveLimitRole));
  const base = { limitExclVat, aboveLimitRoleConflicted };
  if (people.some((person) => person.roles.includes('DIRECTOR')))
    return { level: 'ABOVE_LIMIT', because: 'CONCERNS_DIRECTOR', ...base };
  if (!limitExclVat) return { level: 'ABOVE_LIMIT', because: 'NO_PRICE_BASE_AMOUNT', ...base };
  if (invoice.amountExclVat.greaterThan(limitExclVat)) return { level: 'ABOVE_LIMIT', because: 'ABOVE_LIMIT', ...base };
  return { level: 'DIRECTOR', because: 'WITHIN_LIMIT', ...base };
}

/** Who the rule lets decide, before the invoice's own papers (document, payee) are looked at. */
function byRole(invoice: AttestInvoice, settings: AttestSettings, actor: AttestActor): AttestDecision {
  const level = attestLevel(invoice, settings);
  const refuse = (reason: AttestRefusal): AttestDecision => ({ allowed: false, reason, level });
  const allow = (rule: AttestRule): AttestDecision => ({ allowed: true, rule, level });

  // Nobody attests a payment to themselves: the invoice goes to the next level (attestLevel).
  if (involved(invoice).some((person) => person.personId === actor.personId)) return refuse('OWN_PAYMENT');

  const isDirector = actor.roles.includes('DIRECTOR');
  const isAboveLimit = actor.roles.includes(settings.attestAboveLimitRole);
  const isSubstitute = actor.roles.includes(settings.attestSubstituteRole);
  const isDirectorSubstitute = actor.roles.includes(settings.directorSubstituteRole);

  if (level.level === 'DIRECTOR') {
    if (isDirector) return allow('DIRECTOR_WITHIN_LIMIT');
    if (isDirectorSubstitute && actor.substituting) return allow('DIRECTOR_SUBSTITUTE');
    return refuse(isAboveLimit || isSubstitute || isDirectorSubstitute ? 'DIRECTOR_ATTESTS' : 'NO_ATTEST_ROLE');
  }

  if (isAboveLimit) {
    if (level.aboveLimitRoleConflicted) return refuse('CHAIR_CONFLICTED');
    return allow(level.because === 'CONCERNS_DIRECTOR' ? 'CHAIR_CONCERNS_DIRECTOR' : 'CHAIR_ABOVE_LIMIT');
  }
  if (isSubstitute) {
    if (level.aboveLimitRoleConflicted || actor.substituting) return allow('VICE_CHAIR_SUBSTITUTE');
    return refuse('CHAIR_ATTESTS');
  }
  if (isDirector) {
    const reasons = { CONCERNS_DIRECTOR: 'CONCERNS_DIRECTOR', NO_PRICE_BASE_AMOUNT: 'NO_PRICE_BASE_AMOUNT' } as const;
    return refuse(level.because in reasons ? reasons[level.because as keyof typeof reasons] : 'ABOVE_DIRECTOR_LIMIT');
  }
  return refuse('NO_ATTEST_ROLE');
}

/**
 * May this person attest (or reject) this invoice, under which rule, or why not.
 * FinsamGotland's attestordning: the director up to one prisbasbelopp excluding VAT, her
 * substitute (the delegation's directorSubstituteRole) when she is absent; above that, and for
 * invoices concerning the director, the chair; the vice chair when the chair is absent or
 * conflicted. Nobody attests a payment to themselves or an invoice that concerns themselves.
 * Whoever the rule names, nobody attests an invoice without its document, nor one paid to a
 * person of the association without naming that person.
 */
export function whoMayAttest(invoice: AttestInvoice, settings: AttestSettings, actor: AttestActor): AttestDecision {
  const decision = byRole(invoice, settings, actor);
  if (!decision.allowed) return decision;
  if (invoice.payeeKind === 'PERSON' && !invoice.payee)
    return { allowed: false, reason: 'NO_PAYEE', level: decision.level };
  if (!invoice.hasDocument) return { allowed: false, reason: 'NO_DOCUMENT', level: decision.level };
  return decision;
}
