import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { Role } from '@/domain/authz/roles';
import { deriveVat, type VatPercent } from '@/domain/invoice/vat';
import { explainAttest } from './explain-attest';
import { directorLimitExclVat, whoMayAttest, type AttestInvoice, type AttestSettings } from './who-may-attest';

const PBB: Record<number, number> = { 2025: 58800, 2026: 59200 };
const settings = (year: number, overrides: Partial<AttestSettings> = {}): AttestSettings => ({
  directorAttestLimitPbb: new Decimal(1),
  attestAboveLimitRole: 'CHAIR',
  attestSubstituteRole: 'VICE_CHAIR',
  directorSubstituteRole: 'CHAIR',
  priceBaseAmount: new Decimal(PBB[year]!),
  ...overrides,
});
const invoice = (amountExclVat: string, other: Partial<AttestInvoice> = {}): AttestInvoice => ({
  amountExclVat: new Decimal(amountExclVat),
  concerns: null,
  payee: null,
  payeeKind: 'SUPPLIER',
  hasDocument: true,
  ...other,
});
const person = (personId: string, ...roles: Role[]) => ({ personId, roles });
const director = person('director', 'DIRECTOR');
const chair = person('chair', 'CHAIR', 'BOARD_MEMBER');
const vice = person('vice', 'VICE_CHAIR', 'BOARD_MEMBER');
const member = person('member', 'BOARD_MEMBER');

describe('whoMayAttest: the director up to one prisbasbelopp excluding VAT, whatever the VAT', () => {
  // Amount excl. VAT, the year's prisbasbelopp, VAT rate: at the limit the director attests, one krona over the chair.
  const table = [2026, 2025].flatMap((year) =>
    (['25', '12', '6', '0'] as VatPercent[]).flatMap((vat) => [
      { year, excl: String(PBB[year]), vat, director: true },
      { year, excl: String(PBB[year]! + 1), vat, director: false },
    ]),
  );

  it.each(table)(
    '$year: $excl kr excl. VAT with $vat % VAT, director may: $director',
    ({ year, excl, vat, director: may }) => {
      const amounts = deriveVat({ amountExclVat: new Decimal(excl), vatPercent: vat });
      expect(amounts.ok).toBe(true);
      const bill = invoice(excl);
      expect(directorLimitExclVat(settings(year))!.toFixed(0)).toBe(String(PBB[year]));
      expect(whoMayAttest(bill, settings(year), director)).toMatchObject(
        may ? { allowed: true, rule: 'DIRECTOR_WITHIN_LIMIT' } : { allowed: false, reason: 'ABOVE_DIRECTOR_LIMIT' },
      );
      expect(whoMayAttest(bill, settings(year), chair)).toMatchObject(
        may ? { allowed: false, reason: 'DIRECTOR_ATTESTS' } : { allowed: true, rule: 'CHAIR_ABOVE_LIMIT' },
      );
    },
  );

  it('a 74 000 kr invoice with no VAT (between public bodies) is 14 800 kr over the limit: the chair attests', () => {
    expect(whoMayAttest(invoice('74000'), settings(2026), director)).toMatchObject({
      allowed: false,
      reason: 'ABOVE_DIRECTOR_LIMIT',
    });
  });

  it('an amount allowed under 2026 is above the limit in 2025', () => {
    expect(whoMayAttest(invoice('59000'), settings(2026), director).allowed).toBe(true);
    expect(whoMayAttest(invoice('59000'), settings(2025), director)).toMatchObject({
      allowed: false,
      reason: 'ABOVE_DIRECTOR_LIMIT',
    });
  });

  it('the chair does not attest within the limit, the director does; others have no attest role', () => {
    expect(whoMayAttest(invoice('5000'), settings(2026), chair)).toMatchObject({
      allowed: false,
      reason: 'DIRECTOR_ATTESTS',
    });
    expect(whoMayAttest(invoice('5000'), settings(2026), member)).toMatchObject({
      allowed: false,
      reason: 'NO_ATTEST_ROLE',
    });
  });
});

describe('whoMayAttest: the director absent', () => {
  it("the delegation's substitute for the director attests within the limit when stating the director absent", () => {
    expect(whoMayAttest(invoice('5000'), settings(2026), { ...chair, substituting: true })).toMatchObject({
      allowed: true,
      rule: 'DIRECTOR_SUBSTITUTE',
    });
    // The vice chair is not the director's substitute unless the delegation says so.
    expect(whoMayAttest(invoice('5000'), settings(2026), { ...vice, substituting: true })).toMatchObject({
      allowed: false,
      reason: 'DIRECTOR_ATTESTS',
    });
    const viceSubstitutes = settings(2026, { directorSubstituteRole: 'VICE_CHAIR' });
    expect(whoMayAttest(invoice('5000'), viceSubstitutes, { ...vice, substituting: true })).toMatchObject({
      allowed: true,
      rule: 'DIRECTOR_SUBSTITUTE',
    });
    expect(whoMayAttest(invoice('5000'), viceSubstitutes, { ...chair, substituting: true })).toMatchObject({
      allowed: false,
    });
  });
});

describe('whoMayAttest: self-interest goes to the next level', () => {
  it("the director's own expense goes to the chair, whatever the amount", () => {
    const travel = invoice('2142.86', { concerns: director, payee: director, payeeKind: 'PERSON' });
    expect(whoMayAttest(travel, settings(2026), director)).toMatchObject({ allowed: false, reason: 'OWN_PAYMENT' });
    expect(whoMayAttest(travel, settings(2026), chair)).toMatchObject({
      allowed: true,
      rule: 'CHAIR_CONCERNS_DIRECTOR',
    });
    expect(whoMayAttest(travel, settings(2026), vice)).toMatchObject({ allowed: false, reason: 'CHAIR_ATTESTS' });
    expect(whoMayAttest(travel, settings(2026), { ...vice, substituting: true })).toMatchObject({
      allowed: true,
      rule: 'VICE_CHAIR_SUBSTITUTE',
    });
  });

  it('an invoice whose reference is the director, paid to a supplier, is refused for the director too', () => {
    const hotel = invoice('1800', { concerns: director });
    expect(whoMayAttest(hotel, settings(2026), director)).toMatchObject({ allowed: false, reason: 'OWN_PAYMENT' });
    expect(whoMayAttest(hotel, settings(2026), chair)).toMatchObject({ allowed: true });
  });

  it("the chair's own payment above the limit goes to the vice chair", () => {
    const fee = invoice('80000', { payee: chair, payeeKind: 'PERSON' });
    expect(whoMayAttest(fee, settings(2026), chair)).toMatchObject({ allowed: false, reason: 'OWN_PAYMENT' });
    expect(whoMayAttest(fee, settings(2026), vice)).toMatchObject({ allowed: true, rule: 'VICE_CHAIR_SUBSTITUTE' });
    expect(whoMayAttest(fee, settings(2026), director)).toMatchObject({
      allowed: false,
      reason: 'ABOVE_DIRECTOR_LIMIT',
    });
  });

  it("the chair's small travel bill stays with the director", () => {
    const bill = invoice('900', { concerns: chair, payee: chair, payeeKind: 'PERSON' });
    expect(whoMayAttest(bill, settings(2026), director)).toMatchObject({
      allowed: true,
      rule: 'DIRECTOR_WITHIN_LIMIT',
    });
  });

  it('an absent chair: the vice chair attests only when stating the chair absent', () => {
    expect(whoMayAttest(invoice('80000'), settings(2026), vice)).toMatchObject({
      allowed: false,
      reason: 'CHAIR_ATTESTS',
    });
    expect(whoMayAttest(invoice('80000'), settings(2026), { ...vice, substituting: true })).toMatchObject({
      allowed: true,
      rule: 'VICE_CHAIR_SUBSTITUTE',
    });
  });

  it('nobody attests a payment to themselves, whatever their role', () => {
    for (const actor of [director, chair, vice]) {
      for (const amount of ['100', '80000']) {
        const own = invoice(amount, { payee: actor, payeeKind: 'PERSON' });
        expect(whoMayAttest(own, settings(2026), { ...actor, substituting: true })).toMatchObject({
          allowed: false,
          reason: 'OWN_PAYMENT',
        });
      }
    }
  });
});

describe("whoMayAttest: the invoice's papers", () => {
  it('no document: refused for the one the rule names, with its own reason', () => {
    const bare = invoice('5000', { hasDocument: false });
    expect(whoMayAttest(bare, settings(2026), director)).toMatchObject({ allowed: false, reason: 'NO_DOCUMENT' });
    // Someone the rule does not name gets the rule's reason, not the document's.
    expect(whoMayAttest(bare, settings(2026), member)).toMatchObject({ allowed: false, reason: 'NO_ATTEST_ROLE' });
  });

  it('paid to a person of the association who is not named: refused', () => {
    const nobody = invoice('5000', { payeeKind: 'PERSON', payee: null });
    expect(whoMayAttest(nobody, settings(2026), director)).toMatchObject({ allowed: false, reason: 'NO_PAYEE' });
  });
});

describe('whoMayAttest: the delegation decides', () => {
  it('a limit of two prisbasbelopp', () => {
    const custom = settings(2026, { directorAttestLimitPbb: new Decimal(2) });
    expect(directorLimitExclVat(custom)!.toFixed()).toBe('118400');
    expect(whoMayAttest(invoice('118400'), custom, director).allowed).toBe(true);
    expect(whoMayAttest(invoice('118400.01'), custom, director).allowed).toBe(false);
  });

  it('other roles above the limit', () => {
    const custom = settings(2026, { attestAboveLimitRole: 'VICE_CHAIR', attestSubstituteRole: 'BOARD_MEMBER' });
    expect(whoMayAttest(invoice('80000'), custom, vice)).toMatchObject({ allowed: true, rule: 'CHAIR_ABOVE_LIMIT' });
    expect(whoMayAttest(invoice('80000'), custom, member)).toMatchObject({ allowed: false, reason: 'CHAIR_ATTESTS' });
    expect(whoMayAttest(invoice('80000'), custom, chair)).toMatchObject({ allowed: false, reason: 'CHAIR_ATTESTS' });
  });

  it('without a prisbasbelopp for the year the director may not attest', () => {
    const none = settings(2026, { priceBaseAmount: null });
    expect(whoMayAttest(invoice('100'), none, director)).toMatchObject({
      allowed: false,
      reason: 'NO_PRICE_BASE_AMOUNT',
    });
    expect(whoMayAttest(invoice('100'), none, chair)).toMatchObject({ allowed: true, rule: 'CHAIR_ABOVE_LIMIT' });
  });
});

describe('explainAttest', () => {
  it('states the amounts excluding VAT and who attests', () => {
    const decision = whoMayAttest(invoice('64000'), settings(2026), director);
    expect(
      explainAttest(decision, {
        amountExclVat: new Decimal(64000),
        amountInclVat: new Decimal(80000),
        year: 2026,
        settings: settings(2026),
      }).replace(/\u00a0/g, ' '),
    ).toBe(
      'Fakturan är 64 000 kr exkl. moms (80 000 kr inkl. moms). Förbundschefen får attestera upp till 59 200 kr exkl. moms (ett prisbasbelopp 2026). Ordföranden attesterar.',
    );
  });

  it('tells the director they may attest a small invoice', () => {
    const decision = whoMayAttest(invoice('4000'), settings(2025), director);
    expect(
      explainAttest(decision, {
        amountExclVat: new Decimal(4000),
        amountInclVat: new Decimal(5000),
        year: 2025,
        settings: settings(2025),
      }),
    ).toContain('Du får attestera fakturan som förbundschefen.');
  });

  it('says why an invoice without its document cannot be attested', () => {
    const decision = whoMayAttest(invoice('4000', { hasDocument: false }), settings(2026), director);
    expect(
      explainAttest(decision, {
        amountExclVat: new Decimal(4000),
        amountInclVat: new Decimal(5000),
        year: 2026,
        settings: settings(2026),
      }),
    ).toContain('Fakturan kan inte attesteras utan sitt underlag');
  });
});
