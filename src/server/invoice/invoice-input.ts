import { z } from 'zod';
import { messages } from '@/i18n/catalog';

const t = () => messages().invoices.fields;

export const isoDate = z
  .string({ error: () => t().dateInvalid })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: () => t().dateInvalid })
  .refine(
    (text) =>
      !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text),
    { error: () => t().dateInvalid },
  );

export function dateOf(text: string): Date {
  return new Date(`${text}T00:00:00.000Z`);
}
