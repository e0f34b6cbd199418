import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { Role } from '@/domain/authz/roles';
import { explainAttest } from './explain-attest';
import { directorLimitInclVat, whoMayAttest, type AttestInvoice, type AttestSettings } from './who-may-attest';

const PBB: Record<number, number> = { 2025: 58800, 2026: 59200 };
const settings = (year: number, overrides: Partial<AttestSettings> = {}): AttestSettings => ({
  directorAttestLimitPbb: new Decimal(1),
  vatRate: new Decimal('0.25'),
  attestAboveLimitRole: 'CHAIR',
  attestSubstituteRole: 'VICE_CHAIR',
  priceBaseAmount: new Decimal(PBB[year]!),
  ...overrides,
});
const invoice = (
  amountInclVat: string,
  involved: Partial<Pick<AttestInvoice, 'concerns' | 'payee'>> = {},
): AttestInvoice => ({
  amountInclVat: new Decimal(amountInclVat),
  concerns: null,
  payee: null,
  ...involved,
});
const person = (personId: string, ...roles: Role[]) => ({ personId, roles });
const director = person('director', 'DIRECTOR');
const chair = person('chair', 'CHAIR', 'BOARD_MEMBER');
const vice = person('vice', 'VICE_CHAIR', 'BOARD_MEMBER');
const member = person('member', 'BOARD_MEMBER');

describe('whoMayAttest: the director up to one prisbasbelopp + VAT', () => {
  it.each([
    [2026, '73999.99', '74000'],
    [2025, '73499.99', '73500'],
  ])('%i: the limit is one prisbasbelopp plus 25 %% VAT', (year, under, at) => {
    expect(directorLimitInclVat(settings(year))!.toFixed(2)).toBe(new Decimal(at).toFixed(2));
    expect(whoMayAttest(invoice(under), settings(year), director)).toMatchObject({
      allowed: true,
      rule: 'DIRECTOR_WITHIN_LIMIT',
    });
    expect(whoMayAttest(invoice(at), settings(year), director)).toMatchObject({
      allowed: true,
      rule: 'DIRECTOR_WITHIN_LIMIT',
    });
  });

  it.each([
    [2026, '74000.01'],
    [2025, '73500.01'],
  ])('%i: one öre over the limit the director is refused and the chair attests', (year, over) => {
    expect(whoMayAttest(invoice(over), settings(year), director)).toMatchObject({
      allowed: false,
      reason: 'ABOVE_DIRECTOR_LIMIT',
    });
    expect(whoMayAttest(invoice(over), settings(year), chair)).toMatchObject({
      allowed: true,
      rule: 'CHAIR_ABOVE_LIMIT',
    });
    expect(whoMayAttest(invoice(over), settings(year), vice)).toMatchObject({
      allowed: false,
      reason: 'CHAIR_ATTESTS',
    });
  });

  it('an amount allowed under 2026 is above the limit in 2025', () => {
    expect(whoMayAttest(invoice('73800'), settings(2026), director).allowed).toBe(true);
    expect(whoMayAttest(invoice('73800'), settings(2025), director)).toMatchObject({
      allowed: false,
      reason: 'ABOVE_DIRECTOR_LIMIT',
    });
  });

  it('the chair does not attest within the limit, the director does', () => {
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

describe('whoMayAttest: invoices concerning people', () => {
  it("the director's own travel goes to the chair, whatever the amount", () => {
    const travel = invoice('2400', { concerns: director, payee: director });
    expect(whoMayAttest(travel, settings(2026), director)).toMatchObject({ allowed: false, reason: 'OWN_PAYMENT' });
    expect(whoMayAttest(travel, settings(2026), chair)).toMatchObject({
      allowed: true,
      rule: 'CHAIR_CONCERNS_DIRECTOR',
    });
    expect(whoMayAttest(travel, settings(2026), vice)).toMatchObject({ allowed: false, reason: 'CHAIR_ATTESTS' });
    expect(whoMayAttest(travel, settings(2026), { ...vice, aboveLimitRoleUnavailable: true })).toMatchObject({
      allowed: true,
      rule: 'VICE_CHAIR_SUBSTITUTE',
    });
  });

  it('an invoice concerning the director, paid to a supplier, is refused for the director too', () => {
    const hotel = invoice('1800', { concerns: director });
    expect(whoMayAttest(hotel, settings(2026), director)).toMatchObject({ allowed: false, reason: 'OWN_PAYMENT' });
  });

  it("the chair's own payment above the limit goes to the vice chair", () => {
    const fee = invoice('80000', { payee: chair });
    expect(whoMayAttest(fee, settings(2026), chair)).toMatchObject({ allowed: false, reason: 'OWN_PAYMENT' });
    expect(whoMayAttest(fee, settings(2026), vice)).toMatchObject({ allowed: true, rule: 'VICE_CHAIR_SUBSTITUTE' });
    expect(whoMayAttest(fee, settings(2026), director)).toMatchObject({
      allowed: false,
      reason: 'ABOVE_DIRECTOR_LIMIT',
    });
  });

  it("the chair's small travel bill stays with the director", () => {
    expect(whoMayAttest(invoice('900', { concerns: chair, payee: chair }), settings(2026), director)).toMatchObject({
      allowed: true,
      rule: 'DIRECTOR_WITHIN_LIMIT',
    });
  });

  it('an absent chair: the vice chair attests when they mark the chair absent', () => {
    expect(whoMayAttest(invoice('80000'), settings(2026), vice)).toMatchObject({
      allowed: false,
      reason: 'CHAIR_ATTESTS',
    });
    expect(whoMayAttest(invoice('80000'), settings(2026), { ...vice, aboveLimitRoleUnavailable: true })).toMatchObject({
      allowed: true,
      rule: 'VICE_CHAIR_SUBSTITUTE',
    });
  });

  it('nobody attests a payment to themselves, whatever their role', () => {
    for (const actor of [director, chair, vice]) {
      for (const amount of ['100', '80000']) {
        expect(
          whoMayAttest(invoice(amount, { payee: actor }), settings(2026), {
            ...actor,
            aboveLimitRoleUnavailable: true,
          }),
        ).toMatchObject({ allowed: false, reason: 'OWN_PAYMENT' });
      }
    }
  });
});

describe('whoMayAttest: the association settings decide', () => {
  it('a limit of two prisbasbelopp and 12 % VAT', () => {
    const custom = settings(2026, { directorAttestLimitPbb: new Decimal(2), vatRate: new Decimal('0.12') });
    expect(directorLimitInclVat(custom)!.toFixed()).toBe('132608');
    expect(whoMayAttest(invoice('132608'), custom, director).allowed).toBe(true);
    expect(whoMayAttest(invoice('132608.01'), custom, director).allowed).toBe(false);
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
  it('states the amounts and who attests', () => {
    const decision = whoMayAttest(invoice('80000'), settings(2026), director);
    expect(
      explainAttest(decision, { amountInclVat: new Decimal(80000), year: 2026, settings: settings(2026) }).replace(
        /\u00a0/g,
        ' ',
      ),
    ).toBe(
      'Fakturan är 80 000 kr inkl. moms. Förbundschefen får attestera upp till 74 000 kr (ett prisbasbelopp 2026, 59 200 kr, plus 25 % moms). Ordföranden attesterar.',
    );
  });

  it('tells the director they may attest a small invoice', () => {
    const decision = whoMayAttest(invoice('5000'), settings(2025), director);
    expect(
      explainAttest(decision, { amountInclVat: new Decimal(5000), year: 2025, settings: settings(2025) }),
    ).toContain('Du får attestera fakturan som förbundschefen.');
  });
});
