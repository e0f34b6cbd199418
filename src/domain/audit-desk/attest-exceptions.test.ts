import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { AttestSettings } from '../attest/who-may-attest';
import { attestExceptions, paidWithoutAttest, type AttestCheck } from './attest-exceptions';

// FinsamGotland 2026: one prisbasbelopp, 59 200 kr excl. VAT.
const settings: AttestSettings = {
  directorAttestLimitPbb: new Decimal(1),
  attestAboveLimitRole: 'CHAIR',
  attestSubstituteRole: 'VICE_CHAIR',
  directorSubstituteRole: 'CHAIR',
  priceBaseAmount: new Decimal(59200),
};

function check(
  overrides: Partial<AttestCheck> & { amount?: string; recordedById?: string | null; paidOn?: string | null } = {},
): AttestCheck {
  const { amount = '15500', recordedById = 'admin', paidOn = null, ...rest } = overrides;
  return {
    outcome: 'ATTESTED',
    attestedById: 'director',
    attestedOn: '2026-05-10',
    rule: 'DIRECTOR_WITHIN_LIMIT',
    substituteReason: null,
    note: '',
    attesterRoles: ['DIRECTOR'],
    invoice: {
      recordedById,
      paidOn,
      attest: {
        amountExclVat: new Decimal(amount),
        concerns: null,
        payee: null,
        payeeKind: 'SUPPLIER',
        hasDocument: true,
      },
    },
    settings,
    ...rest,
  };
}

describe('attestExceptions', () => {
  it('finds nothing for the seeded attest: 15 500 kr by the director, recorded by the administrator, paid after', () => {
    expect(attestExceptions(check({ paidOn: '2026-05-15' }))).toEqual([]);
  });

  it('flags the same person recording and attesting', () => {
    expect(attestExceptions(check({ recordedById: 'director' }))).toEqual([
      { kind: 'SAME_PERSON_RECORDED_AND_ATTESTED' },
    ]);
  });

  it('does not flag it when who recorded is unknown', () => {
    expect(attestExceptions(check({ recordedById: null }))).toEqual([]);
  });

  it('flags the director attesting 64 000 kr excl. VAT, above the 59 200 kr limit', () => {
    expect(attestExceptions(check({ amount: '64000' }))).toEqual([
      { kind: 'NOT_ALLOWED_BY_RULES', refusal: 'ABOVE_DIRECTOR_LIMIT' },
    ]);
  });

  it('accepts the chair above the limit; lists the vice chair who stated the chair was unavailable, with reason and note', () => {
    expect(
      attestExceptions(
        check({ amount: '80000', attestedById: 'chair', attesterRoles: ['CHAIR'], rule: 'CHAIR_ABOVE_LIMIT' }),
      ),
    ).toEqual([]);
    expect(
      attestExceptions(
        check({
          amount: '80000',
          attestedById: 'vice',
          attesterRoles: ['VICE_CHAIR'],
          rule: 'VICE_CHAIR_SUBSTITUTE',
          substituteReason: 'ABSENT',
          note: 'Ordföranden är på semester till 1 december.',
        }),
      ),
    ).toEqual([
      { kind: 'SUBSTITUTION', substituteReason: 'ABSENT', note: 'Ordföranden är på semester till 1 december.' },
    ]);
    expect(
      attestExceptions(
        check({ amount: '80000', attestedById: 'vice', attesterRoles: ['VICE_CHAIR'], rule: 'CHAIR_ABOVE_LIMIT' }),
      ),
    ).toEqual([{ kind: 'NOT_ALLOWED_BY_RULES', refusal: 'CHAIR_ATTESTS' }]);
  });

  it('flags an attester who is the payee or the person the invoice concerns', () => {
    const own = check({ attestedById: 'chair', attesterRoles: ['CHAIR'], rule: 'CHAIR_ABOVE_LIMIT' });
    own.invoice.attest = { ...own.invoice.attest, payee: { personId: 'chair', roles: ['CHAIR'] } };
    expect(attestExceptions(own)).toEqual([{ kind: 'ATTESTER_INVOLVED' }]);
  });

  it('flags the director attesting an invoice about the director once, as involved', () => {
    const travel = check({ amount: '2400' });
    travel.invoice.attest = { ...travel.invoice.attest, concerns: { personId: 'director', roles: ['DIRECTOR'] } };
    expect(attestExceptions(travel).map((e) => e.kind)).toEqual(['ATTESTER_INVOLVED']);
  });

  it('flags an attest on a later day than the payment, not one on the same day', () => {
    expect(attestExceptions(check({ paidOn: '2026-05-09' }))).toEqual([{ kind: 'ATTESTED_AFTER_PAID' }]);
    expect(attestExceptions(check({ paidOn: '2026-05-10' }))).toEqual([]);
  });

  it('does not hold recording or payment against a rejection', () => {
    expect(attestExceptions(check({ outcome: 'REJECTED', recordedById: 'director', paidOn: '2026-01-01' }))).toEqual(
      [],
    );
  });

  it("lists the director's substitute within the limit as a substitution", () => {
    expect(
      attestExceptions(
        check({
          attestedById: 'chair',
          attesterRoles: ['CHAIR'],
          rule: 'DIRECTOR_SUBSTITUTE',
          substituteReason: 'ABSENT',
          note: 'Förbundschefen är sjukskriven hela veckan.',
        }),
      ),
    ).toEqual([
      { kind: 'SUBSTITUTION', substituteReason: 'ABSENT', note: 'Förbundschefen är sjukskriven hela veckan.' },
    ]);
  });

  it('flags an attest of an invoice that has no document', () => {
    const bare = check();
    bare.invoice.attest = { ...bare.invoice.attest, hasDocument: false };
    expect(attestExceptions(bare)).toEqual([{ kind: 'NOT_ALLOWED_BY_RULES', refusal: 'NO_DOCUMENT' }]);
  });

  it('flags an attest by someone without an attest role', () => {
    expect(attestExceptions(check({ attestedById: 'member', attesterRoles: ['BOARD_MEMBER'] }))).toEqual([
      { kind: 'NOT_ALLOWED_BY_RULES', refusal: 'NO_ATTEST_ROLE' },
    ]);
  });
});

describe('paidWithoutAttest', () => {
  it('is a paid invoice with no attest', () => {
    expect(paidWithoutAttest({ status: 'PAID', attestedCount: 0 })).toBe(true);
    expect(paidWithoutAttest({ status: 'PAID', attestedCount: 1 })).toBe(false);
    expect(paidWithoutAttest({ status: 'RECEIVED', attestedCount: 0 })).toBe(false);
  });
});
