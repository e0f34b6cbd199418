import { z } from 'zod';
import { VAT_PERCENTS } from '@/domain/invoice/vat';
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
    vatPercent: z.enum([...VAT_PERCENTS, 'other'], { error: () => t().vatPercentInvalid }),
    vatAmount: z.string(),
    budgetLineId: z.string(),
    interventionId: z.string(),
    concernsPersonId: z.string(),
    payeeKind: z.enum(['SUPPLIER', 'PERSON'], { error: () => t().payeeKindRequired }),
    payeePersonId: z.string(),
  })
  .superRefine((value, ctx) => {
    if (value.vatPercent === 'other') {
      const vat = parseKronor(value.vatAmount);
      if (vat === null || vat.isNegative() || value.vatAmount.trim() === '')
        ctx.addIssue({ code: 'custom', path: ['vatAmount'], message: t().amountInvalid });
    }
    if (value.payeeKind === 'PERSON' && !value.payeePersonId)
      ctx.addIssue({ code: 'custom', path: ['payeePersonId'], message: t().payeePersonRequired });
    if (value.dueDate && value.dueDate < value.invoiceDate)
      ctx.addIssue({ code: 'custom', path: ['dueDate'], message: t().dueBeforeInvoice });
  });

export type InvoiceFormValues = z.infer<typeof invoiceFormSchema>;
