import { z } from 'zod';
import { messages } from '@/i18n/catalog';

const t = () => messages().planWorkflow.errors;

export const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: () => t().required })
    .max(max, { error: () => t().tooLong });
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: () => t().tooLong });
