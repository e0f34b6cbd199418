import { z } from 'zod';
import { MAX_ATTACHMENT_BYTES } from '@/domain/invoice/attachment-type';
import { detectDocumentType, documentRefusal, type DocumentType } from '@/domain/matter/document-type';
import { format, messages } from '@/i18n/catalog';
import { positiveKronor } from '@/server/kernel/input';

const t = () => messages().governance.fields;

export const title = z
  .string({ error: () => t().titleRequired })
  .trim()
  .min(1, { error: () => t().titleRequired })
  .max(300, { error: () => t().tooLong });
export const longText = z.string({ error: () => t().invalid }).max(20_000, { error: () => t().tooLong });
export const emptyToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);
export const isoDate = z
  .string({ error: () => t().dateInvalid })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: () => t().dateInvalid })
  // zod runs refinements after a failed regex too: guard the Date before toISOString (it throws on NaN).
  .refine(
    (text) =>
      !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text),
    { error: () => t().dateInvalid },
  );
export const optionalDate = z.preprocess(emptyToUndefined, isoDate.optional());
export const optionalAmount = z.preprocess(emptyToUndefined, positiveKronor(t).optional());

export function dateOf(text: string): Date {
  return new Date(`${text}T00:00:00.000Z`);
}

export const fileInput = z
  .object({ fileName: z.string().max(255), bytes: z.instanceof(Uint8Array) }, { error: () => t().attachmentRequired })
  .superRefine((file, ctx) => {
    if (file.bytes.byteLength === 0) ctx.addIssue({ code: 'custom', message: t().attachmentRequired });
    else if (file.bytes.byteLength > MAX_ATTACHMENT_BYTES)
      ctx.addIssue({ code: 'custom', message: t().attachmentTooLarge });
    else {
      const refusal = documentRefusal(file.fileName, file.bytes);
      if (refusal === 'NOT_WHAT_IT_SAYS') {
        const extension = /\.([a-z0-9]+)$/i.exec(file.fileName.trim())?.[1]?.toLowerCase() ?? '';
        ctx.addIssue({ code: 'custom', message: format(t().attachmentNotWhatItSays, { extension }) });
      } else if (refusal) ctx.addIssue({ code: 'custom', message: t().attachmentType });
    }
  });

/**
 * The attachment row's data for an upload that passed `fileInput`: PDF, PNG, JPEG like invoice
 * attachments, and Word and Excel files, each checked by its content (ADR 036).
 */
export function attachmentData(file: { fileName: string; bytes: Uint8Array }): {
  fileName: string;
  mimeType: DocumentType;
  sizeBytes: number;
  data: Uint8Array<ArrayBuffer>;
} {
  return {
    fileName: file.fileName.replace(/[\\/\r\n"]/g, '_') || 'bilaga',
    mimeType: detectDocumentType(file.bytes)!,
    sizeBytes: file.bytes.byteLength,
    data: new Uint8Array(file.bytes),
  };
}
