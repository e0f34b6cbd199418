import { z } from 'zod';
import { parseKronor, type Kronor } from '@/domain/money/kronor';
import { messages } from '@/i18n/catalog';

// The zod primitives every use case parses with; messages are Swedish, from the catalog.

const invalid = () => messages().actions.invalidValue;

/** A row id (cuid) as sent by a form; never trusted to exist or to belong to the association. */
export const id = z.string({ error: invalid }).trim().min(1, { error: invalid }).max(100, { error: invalid });
export const associationId = id;
/** Optimistic-lock version of a row as read by the form. */
export const version = z.number({ error: invalid }).int({ error: invalid }).min(1, { error: invalid });

/** An amount in kronor greater than zero as typed (`12 400`, `1 234,50`), with the area's Swedish messages. */
export function positiveKronor(t: () => { amountInvalid: string; amountNotPositive: string }) {
  return z
    .string({ error: () => t().amountInvalid })
    .max(40)
    .transform((text, ctx): Kronor => {
      const amount = parseKronor(text);
      if (amount === null || amount.abs().greaterThanOrEqualTo(1e12)) {
        ctx.addIssue({ code: 'custom', message: t().amountInvalid });
        return z.NEVER;
      }
      if (!amount.isPositive() || amount.isZero()) {
        ctx.addIssue({ code: 'custom', message: t().amountNotPositive });
        return z.NEVER;
      }
      return amount;
    });
}
