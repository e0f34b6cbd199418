import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MONTHLY_TOTAL, DEFAULT_MONTHS, socioEconomicEffect } from './socio-economic';

describe('socioEconomicEffect', () => {
  it('is 16 200 kr per person and month by default (10 000 + 500 + 5 700)', () => {
    expect(DEFAULT_MONTHLY_TOTAL.toString()).toBe('16200');
    expect(DEFAULT_MONTHS).toBe(12);
  });

  it('gives 4 665 600 kr for 24 persons in 12 months', () => {
    expect(socioEconomicEffect(24, DEFAULT_MONTHLY_TOTAL, 12).toString()).toBe('4665600');
  });

  it('follows the parameters and keeps öre', () => {
    expect(socioEconomicEffect(3, new Decimal('1000.50'), 6).toString()).toBe('18009');
    expect(socioEconomicEffect(0, DEFAULT_MONTHLY_TOTAL, 12).toString()).toBe('0');
  });

  it('refuses negative or fractional persons', () => {
    expect(() => socioEconomicEffect(-1, DEFAULT_MONTHLY_TOTAL, 12)).toThrow(RangeError);
    expect(() => socioEconomicEffect(1.5, DEFAULT_MONTHLY_TOTAL, 12)).toThrow(RangeError);
  });
});
