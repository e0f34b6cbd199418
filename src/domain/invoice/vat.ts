import Decimal from 'decimal.js';
import type { Kronor } from '@/domain/money/kronor';

/** The Swedish VAT rates an invoice can carry (0 % e.g. between public bodies). */
export const VAT_PERCENTS = ['25', '12', '6', '0'] as const;
export type VatPercent = (typeof VAT_PERCENTS)[number];

/** Invoices round to whole kronor (öresavrundning): amounts within 1 kr of each other agree. */
const TOLERANCE = new Decimal(1);

export interface VatInput {
  amountExclVat: Kronor;
  vatPercent?: VatPercent | null;
  vatAmount?: Kronor | null;
  amountInclVat?: Kronor | null;
}

export type VatProblem = 'VAT_MISSING' | 'VAT_MISMATCH' | 'INCL_BELOW_EXCL' | 'INCL_MISMATCH';

export type VatResult =
  | { ok: true; vat: Kronor; amountInclVat: Kronor }
  | { ok: false; field: 'vatPercent' | 'vatAmount' | 'amountInclVat'; problem: VatProblem };

/**
 * An invoice's VAT and amount including VAT from the amount excluding VAT and its VAT rate or VAT
 * amount (or, failing both, the amount including VAT): rate, VAT amount and total must agree
 * within 1 kr, e.g. 1 000 kr excl. + 25 % = 250 kr VAT, 1 250 kr incl.
 */
export function deriveVat(input: VatInput): VatResult {
  const excl = input.amountExclVat;
  let vat: Kronor;
  if (input.vatPercent != null) {
    const expected = excl.times(input.vatPercent).dividedBy(100).toDecimalPlaces(2);
    if (input.vatAmount != null && input.vatAmount.minus(expected).abs().greaterThan(TOLERANCE))
      return { ok: false, field: 'vatAmount', problem: 'VAT_MISMATCH' };
    vat = input.vatAmount ?? expected;
  } else if (input.vatAmount != null) {
    vat = input.vatAmount;
  } else if (input.amountInclVat != null) {
    if (input.amountInclVat.lessThan(excl)) return { ok: false, field: 'amountInclVat', problem: 'INCL_BELOW_EXCL' };
    return { ok: true, vat: input.amountInclVat.minus(excl), amountInclVat: input.amountInclVat };
  } else {
    return { ok: false, field: 'vatPercent', problem: 'VAT_MISSING' };
  }
  const incl = excl.plus(vat);
  if (input.amountInclVat != null) {
    if (input.amountInclVat.lessThan(excl)) return { ok: false, field: 'amountInclVat', problem: 'INCL_BELOW_EXCL' };
    if (input.amountInclVat.minus(incl).abs().greaterThan(TOLERANCE))
      return { ok: false, field: 'amountInclVat', problem: 'INCL_MISMATCH' };
    return { ok: true, vat: input.amountInclVat.minus(excl), amountInclVat: input.amountInclVat };
  }
  return { ok: true, vat, amountInclVat: incl };
}
