import 'server-only';
import Decimal from 'decimal.js';
import { z } from 'zod';
import { parseKronor } from '@/domain/money/kronor';
import type { SettingsProblems } from '@/domain/settings/validate-settings';
import { FieldValidationError } from '@/server/kernel/use-case-errors';

// Parsing shared by the Regler and Medlemmar use cases: amounts, percents and years as typed.

/** Kronor as typed (`650 000`, `7 000 000,50`); negative amounts pass, the rule refuses them with its own message. */
export const kronorText = (message: () => string) =>
  z
    .string({ error: message })
    .max(40)
    .transform((text, ctx) => {
      const value = parseKronor(text);
      if (value === null || value.abs().greaterThanOrEqualTo(1e12)) {
        ctx.addIssue({ code: 'custom', message: message() });
        return z.NEVER;
      }
      return value;
    });

/** Percent as typed (`20`, `12,5`, `33,333 %`). */
export const percentText = (message: () => string) =>
  z
    .string({ error: message })
    .max(20)
    .transform((text, ctx) => {
      const cleaned = text
        .replace(/[\s\u00a0%]/g, '')
        .replace(',', '.')
        .replace(/\u2212/g, '-');
      if (!/^-?\d{1,4}(\.\d{1,3})?$/.test(cleaned)) {
        ctx.addIssue({ code: 'custom', message: message() });
        return z.NEVER;
      }
      return new Decimal(cleaned);
    });

export const year = (message: () => string) =>
  z.number({ error: message }).int({ error: message }).min(2000, { error: message }).max(2100, { error: message });

export const optionalText = (max: number, message: () => string) =>
  z
    .string({ error: message })
    .max(max, { error: message })
    .transform((text) => text.trim() || null)
    .nullable()
    .transform((text) => text ?? null);

/** Throws the rule's problems as field errors, in Swedish. */
export function throwProblems(problems: SettingsProblems, message: (problem: SettingsProblems[string]) => string) {
  const entries = Object.entries(problems);
  if (entries.length > 0)
    throw new FieldValidationError(Object.fromEntries(entries.map(([field, problem]) => [field, message(problem)])));
}
