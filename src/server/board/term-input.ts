import 'server-only';
import { z } from 'zod';
import { parseDay } from '@/domain/board/term-dates';
import { messages } from '@/i18n/catalog';

const t = () => messages().board.errors;

/** A term's first or last day as typed in a date field (`YYYY-MM-DD`). */
export const day = z
  .string({ error: () => t().dayInvalid })
  .trim()
  .max(20, { error: () => t().dayInvalid })
  .refine((text) => parseDay(text) !== null, { error: () => t().dayInvalid });

/** A last day, or empty for a term that runs until further notice. */
export const optionalDay = z
  .string({ error: () => t().dayInvalid })
  .trim()
  .max(20, { error: () => t().dayInvalid })
  .refine((text) => text === '' || parseDay(text) !== null, { error: () => t().dayInvalid });

/** An optional id from a select ('' = none chosen). */
export const optionalId = z.string().trim().max(100);
