import { z } from 'zod';
import { parseKronor, type Kronor } from '@/domain/money/kronor';
import { messages } from '@/i18n/catalog';

const t = () => messages().budgetRules.fields;

/** Decimal(14, 2): at most 12 digits before the decimal sign. */
const LARGEST = 1e12;

/** An amount as typed in sv-SE ("2 100 000", "2 100 000 kr", "-", "" = 0), read exactly. */
export const amountText = z
  .string({ error: () => t().amountInvalid })
  .max(40, { error: () => t().amountInvalid })
  .transform((text, ctx): Kronor => {
    const amount = parseKronor(text);
    if (amount === null) {
      ctx.addIssue({ code: 'custom', message: t().amountInvalid });
      return z.NEVER;
    }
    if (amount.abs().greaterThanOrEqualTo(LARGEST)) {
      ctx.addIssue({ code: 'custom', message: t().amountTooLarge });
      return z.NEVER;
    }
    return amount;
  });

export const lineName = z
  .string({ error: () => t().nameRequired })
  .trim()
  .min(1, { error: () => t().nameRequired })
  .max(200, { error: () => t().nameTooLong });

export const note = z.string({ error: () => t().invalid }).max(2000, { error: () => t().noteTooLong });

export const category = z.enum(
  [
    'MEMBER_CONTRIBUTION',
    'OTHER_INCOME',
    'EQUITY',
    'ADMINISTRATION',
    'STRUCTURAL',
    'INTERVENTION',
    'NEW_ACTIVITIES',
    'RESERVE',
  ],
  { error: () => t().categoryInvalid },
);

export const year = z
  .number({ error: () => t().invalid })
  .int()
  .min(2000)
  .max(2200);
