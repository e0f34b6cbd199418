import { z } from 'zod';
import { messages } from '@/i18n/catalog';
import { id } from '@/server/kernel/input';

const t = () => messages().planContent.fields;

/** Shared pieces of the plan content use cases' input schemas. */
export const requiredText = (max: number) =>
  z
    .string({ error: () => t().required })
    .trim()
    .min(1, { error: () => t().required })
    .max(max, { error: () => t().tooLong });
export const optionalText = (max: number) =>
  z
    .string({ error: () => t().invalid })
    .max(max, { error: () => t().tooLong })
    .default('');
export const markdown = z.string({ error: () => t().invalid }).max(100_000, { error: () => t().tooLong });
export const idList = z.array(id).max(200).default([]);
