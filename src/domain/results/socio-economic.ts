import Decimal from 'decimal.js';
import type { Kronor } from '../money/kronor';

/** The model's default per person and month in work: public support 10 000 + administration 500 + tax income 5 700. */
export const DEFAULT_MONTHLY_EFFECT = {
  publicSupport: new Decimal(10_000),
  administration: new Decimal(500),
  taxIncome: new Decimal(5_700),
} as const;
export const DEFAULT_MONTHLY_TOTAL: Kronor = DEFAULT_MONTHLY_EFFECT.publicSupport
  .plus(DEFAULT_MONTHLY_EFFECT.administration)
  .plus(DEFAULT_MONTHLY_EFFECT.taxIncome);
export const DEFAULT_MONTHS = 12;

/**
 * The socio-economic model: persons ended to work × the effect per person and month × months.
 * A model, not a measurement: it assumes each person stays in work for `months` months.
 */
export function socioEconomicEffect(personsToWork: number, monthly: Kronor, months: number): Kronor {
  if (!Number.isInteger(personsToWork) || personsToWork < 0)
    throw new RangeError('personsToWork must be a whole number from 0');
  if (!Number.isInteger(months) || months < 0) throw new RangeError('months must be a whole number from 0');
  return new Decimal(personsToWork).mul(monthly).mul(months);
}
