import { z } from 'zod';
import { messages } from '@/i18n/catalog';

const CATEGORY = z.enum([
  'MEMBER_CONTRIBUTION',
  'OTHER_INCOME',
  'EQUITY',
  'ADMINISTRATION',
  'STRUCTURAL',
  'INTERVENTION',
  'NEW_ACTIVITIES',
  'RESERVE',
]);

export const lineFormSchema = z.object({
  name: z.string().trim().min(1, messages().budgetEditor.nameRequired).max(200),
  category: CATEGORY,
  outsideTotal: z.boolean(),
  note: z.string().max(2000),
});

export type LineFormValues = z.infer<typeof lineFormSchema>;
