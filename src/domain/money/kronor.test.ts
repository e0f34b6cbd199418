import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { formatKronor, parseKronor, sum } from './kronor';

describe('formatKronor', () => {
  it('groups thousands the Swedish way with a no-break space', () => {
    expect(formatKronor('2100000')).toBe('2\u00a0100\u00a0000\u00a0kr');
    expect(formatKronor(new Decimal('6914595'))).toBe('6\u00a0914\u00a0595\u00a0kr');
    expect(formatKronor(562)).toBe('562\u00a0kr');
  });
  it('shows öre only when there are any, and a real minus sign', () => {
    expect(formatKronor('1234.5')).toBe('1\u00a0234,50\u00a0kr');
    expect(formatKronor('-650000', { unit: false })).toBe('\u2212650\u00a0000');
  });
});

describe('parseKronor', () => {
  it('reads amounts as typed in Sweden', () => {
    expect(parseKronor('2 100 000 kr')?.toString()).toBe('2100000');
    expect(parseKronor('2\u00a0100\u00a0000')?.toString()).toBe('2100000');
    expect(parseKronor('1 234,50')?.toString()).toBe('1234.5');
    expect(parseKronor('- kr')?.toString()).toBe('0');
    expect(parseKronor('')?.toString()).toBe('0');
    expect(parseKronor('-500')?.toString()).toBe('-500');
  });
  it('refuses what is not an amount', () => {
    expect(parseKronor('abc')).toBeNull();
    expect(parseKronor('1,2,3')).toBeNull();
    expect(parseKronor('1.234')).toBeNull();
  });
});

describe('sum', () => {
  it('is exact where floats are not', () => {
    expect(sum(['0.1', '0.2']).toString()).toBe('0.3');
  });
});
