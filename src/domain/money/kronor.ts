import Decimal from 'decimal.js';

export type Kronor = Decimal;
export type KronorInput = Decimal | string | number;

const NBSP = '\u00a0';

export const ZERO: Kronor = new Decimal(0);

export function kronor(value: KronorInput): Kronor {
  return value instanceof Decimal ? value : new Decimal(value);
}

export function sum(values: Iterable<KronorInput>): Kronor {
  let total = ZERO;
  for (const value of values) total = total.plus(kronor(value));
  return total;
}

/**
 * sv-SE grouping with a no-break space, no rounding surprises: `2 100 000 kr`.
 * Whole kronor are shown without decimals; öre only when present.
 */
export function formatKronor(value: KronorInput, options: { unit?: boolean } = {}): string {
  const amount = kronor(value);
  const negative = amount.isNegative() && !amount.isZero();
  const fixed = amount.abs().toFixed(amount.isInteger() ? 0 : 2);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  const text = `${negative ? '\u2212' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
  return options.unit === false ? text : `${text}${NBSP}kr`;
}

/**
 * Reads an amount as people type it in Sweden: `2 100 000`, `2 100 000 kr`, `1 234,50`,
 * `-` or empty = 0. Returns null when the text is not an amount.
 */
export function parseKronor(text: string): Kronor | null {
  const cleaned = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/kr\.?$/i, '')
    .replace(/\u2212/g, '-');
  if (cleaned === '' || cleaned === '-') return ZERO;
  if (!/^-?\d+(,\d{1,2}|\.\d{1,2})?$/.test(cleaned)) return null;
  return new Decimal(cleaned.replace(',', '.'));
}
