import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { deriveVat } from './vat';

const d = (value: string) => new Decimal(value);

describe('deriveVat: amount incl. VAT from the amount excl. VAT and the VAT', () => {
  it.each([
    ['59200', '25', '14800', '74000'],
    ['59200', '12', '7104', '66304'],
    ['59200', '6', '3552', '62752'],
    ['59200', '0', '0', '59200'],
    ['2142.86', '12', '257.14', '2400'],
  ] as const)('%s kr with %s %% VAT: %s kr VAT, %s kr incl.', (excl, rate, vat, incl) => {
    const result = deriveVat({ amountExclVat: d(excl), vatPercent: rate });
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(result.vat.toFixed(2)).toBe(d(vat).toFixed(2));
    expect(result.amountInclVat.toFixed(2)).toBe(d(incl).toFixed(2));
  });

  it('takes a VAT amount as typed, and checks it against the rate within 1 kr', () => {
    expect(deriveVat({ amountExclVat: d('1000'), vatAmount: d('250') })).toMatchObject({ ok: true });
    expect(deriveVat({ amountExclVat: d('1000'), vatPercent: '25', vatAmount: d('250.80') })).toMatchObject({
      ok: true,
    });
    expect(deriveVat({ amountExclVat: d('1000'), vatPercent: '25', vatAmount: d('120') })).toEqual({
      ok: false,
      field: 'vatAmount',
      problem: 'VAT_MISMATCH',
    });
  });

  it('checks a given amount incl. VAT for consistency', () => {
    expect(deriveVat({ amountExclVat: d('1000'), vatPercent: '25', amountInclVat: d('1250') })).toMatchObject({
      ok: true,
    });
    expect(deriveVat({ amountExclVat: d('74000'), vatPercent: '0', amountInclVat: d('92500') })).toEqual({
      ok: false,
      field: 'amountInclVat',
      problem: 'INCL_MISMATCH',
    });
    expect(deriveVat({ amountExclVat: d('3000'), amountInclVat: d('2000') })).toEqual({
      ok: false,
      field: 'amountInclVat',
      problem: 'INCL_BELOW_EXCL',
    });
  });

  it('needs a rate, a VAT amount or a total', () => {
    expect(deriveVat({ amountExclVat: d('1000') })).toEqual({ ok: false, field: 'vatPercent', problem: 'VAT_MISSING' });
  });
});
