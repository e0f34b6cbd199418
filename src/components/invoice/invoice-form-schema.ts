import { z } from 'zod';
import { parseKronor } from '@/domain/money/kronor';
import { messages } from '@/i18n/catalog';

const t = () => messages().invoices.fields;
const amount = z
  .string()
  .refine((text) => parseKronor(text) !== null, { error: () => t().amountInvalid })
  .refine((text) => parseKronor(text)?.greaterThan(0) ?? true, { error: () => t().amountNotPositive });
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: () => t().dateInvalid });

/** The browser's first check of the form; the server checks everything again. */
export const invoiceFormSchema = z
  .object({
    supplier: z
      .string()
      .trim()
      .min(1, { error: () => t().supplierRequired })
      .max(200, { error: () => t().tooLong }),
    invoiceNumber: z
      .string()
      .trim()
      .min(1, { error: () => t().invoiceNumberRequired })
      .max(200, { error: () => t().tooLong }),
    invoiceDate: date,
    dueDate: z.union([z.literal(''), date]),
    amountExclVat: amount,
    amountInclVat: amount,
    budgetLineId: z.string(),
    interventionId: z.string(),
    concernsPersonId: z.string(),
    payeePersonId: z.string(),
  })
  .superRefine((value, ctx) => {
    const excl = parseKronor(value.amountExclVat);
    const incl = parseKronor(value.amountInclVat);
    if (excl && incl && incl.lessThan(excl))
      ctx.addIssue({ code: 'custom', path: ['amountInclVat'], message: t().inclBelowExcl });
    if (value.dueDate && value.dueDate < value.invoiceDate)
      ctx.addIssue({ code: 'custom', path: ['dueDate'], message: t().dueBeforeInvoice });
  });

export type InvoiceFormValues = z.infer<typeof invoiceFormSchema>;
