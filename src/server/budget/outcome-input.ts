import 'server-only';
import { z } from 'zod';
import { parseKronor, type Kronor } from '@/domain/money/kronor';
import { messages } from '@/i18n/catalog';

const t = () => messages().budgetFollowUp;

/** An amount as typed (sv-SE), read into kronor; a message from the catalog when it is not one. */
export const kronorText = z.string().transform((text, ctx): Kronor => {
  const amount = parseKronor(text);
  if (amount === null) {
    ctx.addIssue({ code: 'custom', message: t().invalidAmount });
    return z.NEVER;
  }
  return amount;
});

export const monthNumber = z.coerce
  .number()
  .int()
  .min(1, { message: t().invalidMonth })
  .max(12, { message: t().invalidMonth });
