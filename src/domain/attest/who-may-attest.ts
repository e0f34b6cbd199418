import type { Kronor } from '@/domain/money/kronor';
import type { Role } from '@/domain/authz/roles';

/** Why an attest was allowed; stored on the Attestation row and shown in the attest log. */
export const ATTEST_RULES = [
  'DIRECTOR_WITHIN_LIMIT',
  'CHAIR_ABOVE_LIMIT',
  'CHAIR_CONCERNS_DIRECTOR',
  'VICE_CHAIR_SUBSTITUTE',
] as const;
export type AttestRule = (typeof ATTEST_RULES)[number];

export const ATTEST_REFUSALS = [
  'OWN_PAYMENT',
  'ABOVE_DIRECTOR_LIMIT',
  'CONCERNS_DIRECTOR',
  'NO_PRICE_BASE_AMOUNT',
  'DIRECTOR_ATTESTS',
  'CHAIR_ATTESTS',
  'CHAIR_CONFLICTED',
  'NO_ATTEST_ROLE',
] as const;
export type AttestRefusal = (typeof ATTEST_REFUSALS)[number];

export interface AttestInvoice {
  amountInclVat: Kronor;
  /** The person the invoice concerns and the person paid, with their roles in the association. */
  concerns: { personId: string; roles: readonly Role[] } | null;
  payee: { personId: string; roles: readonly Role[] } | null;
}

export interface AttestSettings {
  /** The director's limit in prisbasbelopp, excluding VAT. */
  directorAttestLimitPbb: Kronor;
  vatRate: Kronor;
  attestAboveLimitRole: Role;
  attestSubstituteRole: Role;
  /** The prisbasbelopp of the invoice's year; null when none is recorded for that year. */
  priceBaseAmount: Kronor | null;
}

export interface AttestActor {
  personId: string;
  roles: readonly Role[];
  /** The substitute states that the one above the limit is absent or conflicted (with a note, logged). */
  aboveLimitRoleUnavailable?: boolean;
}

/** Which level of the attestordning the invoice needs, and the director's limit incl. VAT (null without a prisbasbelopp). */
export interface AttestLevel {
  level: 'DIRECTOR' | 'ABOVE_LIMIT';
  because: 'WITHIN_LIMIT' | 'ABOVE_LIMIT' | 'CONCERNS_DIRECTOR' | 'NO_PRICE_BASE_AMOUNT';
  limitInclVat: Kronor | null;
  /** The above-limit role holder is the payee or the person concerned: the substitute attests. */
  aboveLimitRoleConflicted: boolean;
}

export type AttestDecision =
  | { allowed: true; rule: AttestRule; level: AttestLevel }
  | { allowed: false; reason: AttestRefusal; level: AttestLevel };

/**
 * The director's limit including VAT: limit × prisbasbelopp × (1 + VAT), e.g. 2026: 59 200 × 1.25 = 74 000 kr.
 * Invoices are compared on the amount including VAT: it is what leaves the account, and it
 * does not depend on which VAT rate the supplier charged.
 */
export function directorLimitInclVat(settings: AttestSettings): Kronor | null {
  if (!settings.priceBaseAmount) return null;
  return settings.priceBaseAmount
    .times(settings.directorAttestLimitPbb)
    .times(settings.vatRate.plus(1))
    .toDecimalPlaces(2);
}

function involved(invoice: AttestInvoice): { personId: string; roles: readonly Role[] }[] {
  return [invoice.concerns, invoice.payee].filter((person) => person !== null);
}

export function attestLevel(invoice: AttestInvoice, settings: AttestSettings): AttestLevel {
  const limitInclVat = directorLimitInclVat(settings);
  const people = involved(invoice);
  const aboveLimitRoleConflicted = people.some((person) => person.roles.includes(settings.attestAboveLimitRole));
  const base = { limitInclVat, aboveLimitRoleConflicted };
  if (people.some((person) => person.roles.includes('DIRECTOR')))
    return { level: 'ABOVE_LIMIT', because: 'CONCERNS_DIRECTOR', ...base };
  if (!limitInclVat) return { level: 'ABOVE_LIMIT', because: 'NO_PRICE_BASE_AMOUNT', ...base };
  if (invoice.amountInclVat.greaterThan(limitInclVat)) return { level: 'ABOVE_LIMIT', because: 'ABOVE_LIMIT', ...base };
  return { level: 'DIRECTOR', because: 'WITHIN_LIMIT', ...base };
}

/**
 * May this person attest (or reject) this invoice, under which rule, or why not.
 * FinsamGotland's attestordning: the director up to one prisbasbelopp + VAT; above that, and for
 * invoices concerning the director, the chair; the vice chair when the chair is absent or
 * conflicted. Nobody attests a payment to themselves. Roles and limit come from the settings.
 */
export function whoMayAttest(invoice: AttestInvoice, settings: AttestSettings, actor: AttestActor): AttestDecision {
  const level = attestLevel(invoice, settings);
  const refuse = (reason: AttestRefusal): AttestDecision => ({ allowed: false, reason, level });
  const allow = (rule: AttestRule): AttestDecision => ({ allowed: true, rule, level });

  if (involved(invoice).some((person) => person.personId === actor.personId)) return refuse('OWN_PAYMENT');

  const isDirector = actor.roles.includes('DIRECTOR');
  const isAboveLimit = actor.roles.includes(settings.attestAboveLimitRole);
  const isSubstitute = actor.roles.includes(settings.attestSubstituteRole);

  if (level.level === 'DIRECTOR') {
    if (isDirector) return allow('DIRECTOR_WITHIN_LIMIT');
    return refuse(isAboveLimit || isSubstitute ? 'DIRECTOR_ATTESTS' : 'NO_ATTEST_ROLE');
  }

  if (isAboveLimit) {
    if (level.aboveLimitRoleConflicted) return refuse('CHAIR_CONFLICTED');
    return allow(level.because === 'CONCERNS_DIRECTOR' ? 'CHAIR_CONCERNS_DIRECTOR' : 'CHAIR_ABOVE_LIMIT');
  }
  if (isSubstitute) {
    if (level.aboveLimitRoleConflicted || actor.aboveLimitRoleUnavailable) return allow('VICE_CHAIR_SUBSTITUTE');
    return refuse('CHAIR_ATTESTS');
  }
  if (isDirector) {
    const reasons = { CONCERNS_DIRECTOR: 'CONCERNS_DIRECTOR', NO_PRICE_BASE_AMOUNT: 'NO_PRICE_BASE_AMOUNT' } as const;
    return refuse(level.because in reasons ? reasons[level.because as keyof typeof reasons] : 'ABOVE_DIRECTOR_LIMIT');
  }
  return refuse('NO_ATTEST_ROLE');
}
