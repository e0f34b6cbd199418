import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { Role } from '@/domain/authz/roles';
import { attestRecipients } from './attest-recipients';
import type { AttestInvoice, AttestSettings } from './who-may-attest';

const settings: AttestSettings = {
  directorAttestLimitPbb: new Decimal(1),
  attestAboveLimitRole: 'CHAIR',
  attestSubstituteRole: 'VICE_CHAIR',
  directorSubstituteRole: 'CHAIR',
  priceBaseAmount: new Decimal(59200),
};
const person = (personId: string, ...roles: Role[]) => ({ personId, roles });
const director = person('director', 'DIRECTOR');
const chair = person('chair', 'CHAIR', 'BOARD_MEMBER');
const vice = person('vice', 'VICE_CHAIR', 'BOARD_MEMBER');
const people = [director, chair, vice];
const invoice = (amount: string, involved: Partial<Pick<AttestInvoice, 'concerns' | 'payee'>> = {}): AttestInvoice => ({
  amountExclVat: new Decimal(amount),
  concerns: null,
  payee: null,
  payeeKind: 'SUPPLIER',
  hasDocument: false,
  ...involved,
});

describe('attestRecipients', () => {
  it('within the limit (excl. VAT): the director only, even before the document is in', () => {
    expect(attestRecipients(invoice('59200'), settings, people)).toEqual(['director']);
  });

  it('above the limit: the chair only (the vice chair is the substitute, not asked)', () => {
    expect(attestRecipients(invoice('59200.01'), settings, people)).toEqual(['chair']);
  });

  it("no director in office: the delegation's substitute for the director is asked", () => {
    expect(attestRecipients(invoice('100'), settings, [chair, vice])).toEqual(['chair']);
  });

  it('an invoice concerning the director goes to the chair, never to the director', () => {
    expect(attestRecipients(invoice('100', { concerns: director }), settings, people)).toEqual(['chair']);
  });

  it('the chair as payee: the vice chair is asked, never the chair', () => {
    expect(attestRecipients(invoice('90000', { payee: chair }), settings, people)).toEqual(['vice']);
  });

  it('no chair in office: the substitute is asked', () => {
    expect(attestRecipients(invoice('90000'), settings, [director, vice])).toEqual(['vice']);
  });

  it('the director as payee of a small invoice: not the director', () => {
    expect(attestRecipients(invoice('100', { payee: director }), settings, people)).not.toContain('director');
  });

  it('nobody holds an attest role: nobody is asked', () => {
    expect(attestRecipients(invoice('100'), settings, [person('m', 'BOARD_MEMBER')])).toEqual([]);
  });
});
