import 'server-only';
import { z } from 'zod';
import { attestRecipients } from '@/domain/attest/attest-recipients';
import type { Role } from '@/domain/authz/roles';
import { detectAttachmentType, MAX_ATTACHMENT_BYTES } from '@/domain/invoice/attachment-type';
import { invoiceToAttestMail } from '@/domain/mail/templates/invoice-to-attest';
import { formatKronor, parseKronor, type Kronor } from '@/domain/money/kronor';
import { deriveVat, VAT_PERCENTS, type VatProblem, type VatResult } from '@/domain/invoice/vat';
import type { Prisma } from '@/generated/prisma/client';
import { format, messages } from '@/i18n/catalog';
import { formatDate } from '@/i18n/dates';
import { activeAt } from '@/server/authz/load-membership';
import { enqueueMail } from '@/server/mail/enqueue-mail';
import { mailLinks } from '@/server/mail/mail-links';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import { FieldValidationError } from '@/server/kernel/use-case-errors';
import { loadAttestContext } from './attest-context';
import { dateOf, isoDate } from './invoice-input';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { id, positiveKronor } from '@/server/kernel/input';

export interface RecordInvoiceInput {
  associationId: string;
  supplier: string;
  invoiceNumber: string;
  invoiceDate: string;
  dueDate?: string;
  amountExclVat: string;
  /** One of 25, 12, 6, 0 (%); or give the VAT amount; the amount incl. VAT is derived (or checked when given). */
  vatPercent?: string;
  vatAmount?: string;
  amountInclVat?: string;
  budgetLineId?: string;
  interventionId?: string;
  concernsPersonId?: string;
  /** Every invoice has a payee: the external supplier, or a person of the association (payeePersonId). */
  payeeKind: 'SUPPLIER' | 'PERSON';
  payeePersonId?: string;
  attachment?: { fileName: string; bytes: Uint8Array } | null;
}

const t = () => messages().invoices.fields;
const blankToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);
const optionalId = z.preprocess(blankToUndefined, id.optional());
const positiveAmount = positiveKronor(t);
const vatAmount = z
  .string({ error: () => t().amountInvalid })
  .max(40)
  .transform((text, ctx): Kronor => {
    const amount = parseKronor(text);
    if (amount === null || amount.isNegative() || amount.greaterThanOrEqualTo(1e12)) {
      ctx.addIssue({ code: 'custom', message: t().amountInvalid });
      return z.NEVER;
    }
    return amount;
  });
const VAT_MESSAGES = {
  VAT_MISSING: () => t().vatMissing,
  VAT_MISMATCH: () => t().vatMismatch,
  INCL_BELOW_EXCL: () => t().inclBelowExcl,
  INCL_MISMATCH: () => t().inclMismatch,
} satisfies Record<VatProblem, () => string>;
const text = (required: () => string) =>
  z
    .string({ error: required })
    .trim()
    .min(1, { error: required })
    .max(200, { error: () => t().tooLong });

const schema = z
  .object({
    associationId: id,
    supplier: text(() => t().supplierRequired),
    invoiceNumber: text(() => t().invoiceNumberRequired),
    invoiceDate: isoDate,
    dueDate: z.preprocess((value) => (value === '' ? undefined : value), isoDate.optional()),
    amountExclVat: positiveAmount,
    vatPercent: z.preprocess(blankToUndefined, z.enum(VAT_PERCENTS, { error: () => t().vatPercentInvalid }).optional()),
    vatAmount: z.preprocess(blankToUndefined, vatAmount.optional()),
    amountInclVat: z.preprocess(blankToUndefined, positiveAmount.optional()),
    budgetLineId: optionalId,
    interventionId: optionalId,
    concernsPersonId: optionalId,
    payeeKind: z.enum(['SUPPLIER', 'PERSON'], { error: () => t().payeeKindRequired }),
    payeePersonId: optionalId,
    attachment: z.object({ fileName: z.string().max(255), bytes: z.instanceof(Uint8Array) }).nullish(),
  })
  .superRefine((value, ctx) => {
    const vat = deriveVat(value);
    if (!vat.ok) ctx.addIssue({ code: 'custom', path: [vat.field], message: VAT_MESSAGES[vat.problem]() });
    if (value.payeeKind === 'PERSON' && !value.payeePersonId)
      ctx.addIssue({ code: 'custom', path: ['payeePersonId'], message: t().payeePersonRequired });
    if (value.payeeKind === 'SUPPLIER' && value.payeePersonId)
      ctx.addIssue({ code: 'custom', path: ['payeeKind'], message: t().payeeKindPerson });
    if (value.dueDate && value.dueDate < value.invoiceDate)
      ctx.addIssue({ code: 'custom', path: ['dueDate'], message: t().dueBeforeInvoice });
    if (value.attachment) {
      if (value.attachment.bytes.byteLength > MAX_ATTACHMENT_BYTES)
        ctx.addIssue({ code: 'custom', path: ['attachment'], message: t().attachmentTooLarge });
      else if (!detectAttachmentType(value.attachment.bytes))
        ctx.addIssue({ code: 'custom', path: ['attachment'], message: t().attachmentType });
    }
  });

/** Records a received invoice (status RECEIVED), with its attachment stored in the database. */
export async function recordInvoice(
  input: RecordInvoiceInput,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<{ invoiceId: string }> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  const { associationId } = parsed;
  const { amountInclVat } = deriveVat(parsed) as Extract<VatResult, { ok: true }>;
  const now = deps.now ?? new Date();
  await assertPermission(actor.personId, associationId, 'invoice.record', { db });
  const year = Number(parsed.invoiceDate.slice(0, 4));

  return db.$transaction(async (tx) => {
    const errors: Record<string, string> = {};
    const duplicate = await tx.invoice.findUnique({
      where: {
        associationId_supplier_invoiceNumber: {
          associationId,
          supplier: parsed.supplier,
          invoiceNumber: parsed.invoiceNumber,
        },
      },
      select: { id: true },
    });
    if (duplicate)
      errors.invoiceNumber = format(t().duplicate, { number: parsed.invoiceNumber, supplier: parsed.supplier });
    if (parsed.budgetLineId) {
      const line = await tx.budgetLine.findFirst({
        where: { id: parsed.budgetLineId, plan: { associationId, year } },
        select: { id: true },
      });
      if (!line) errors.budgetLineId = format(t().budgetLineNotInPlan, { year });
    }
    if (
      parsed.interventionId &&
      !(await tx.intervention.findFirst({ where: { id: parsed.interventionId, associationId }, select: { id: true } }))
    ) {
      errors.interventionId = t().interventionUnknown;
    }
    for (const field of ['concernsPersonId', 'payeePersonId'] as const) {
      const personId = parsed[field];
      if (
        personId &&
        !(await tx.roleAssignment.findFirst({ where: { personId, associationId }, select: { id: true } }))
      )
        errors[field] = t().personUnknown;
    }
    if (Object.keys(errors).length > 0) throw new FieldValidationError(errors);

    const invoice = await tx.invoice.create({
      data: {
        associationId,
        supplier: parsed.supplier,
        invoiceNumber: parsed.invoiceNumber,
        invoiceDate: dateOf(parsed.invoiceDate),
        dueDate: parsed.dueDate ? dateOf(parsed.dueDate) : null,
        amountExclVat: parsed.amountExclVat.toFixed(2),
        amountInclVat: amountInclVat.toFixed(2),
        budgetLineId: parsed.budgetLineId ?? null,
        interventionId: parsed.interventionId ?? null,
        concernsPersonId: parsed.concernsPersonId ?? null,
        payeeKind: parsed.payeeKind,
        payeePersonId: parsed.payeePersonId ?? null,
      },
    });
    let attachmentId: string | null = null;
    if (parsed.attachment) {
      const bytes = parsed.attachment.bytes;
      const attachment = await tx.attachment.create({
        data: {
          associationId,
          invoiceId: invoice.id,
          fileName: parsed.attachment.fileName.replace(/[\\/\r\n"]/g, '_') || 'bilaga',
          mimeType: detectAttachmentType(bytes)!,
          sizeBytes: bytes.byteLength,
          data: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
          uploadedById: actor.personId,
        },
        select: { id: true },
      });
      attachmentId = attachment.id;
    }
    await mailAttesters(tx, associationId, invoice.id, now);
    await writeAuditEntry(tx, {
      associationId,
      personId: actor.personId,
      action: 'invoice.recorded',
      entityType: 'Invoice',
      entityId: invoice.id,
      data: {
        after: {
          supplier: invoice.supplier,
          invoiceNumber: invoice.invoiceNumber,
          invoiceDate: parsed.invoiceDate,
          dueDate: parsed.dueDate ?? null,
          amountExclVat: parsed.amountExclVat.toFixed(2),
          amountInclVat: amountInclVat.toFixed(2),
          status: invoice.status,
          budgetLineId: invoice.budgetLineId,
          interventionId: invoice.interventionId,
          concernsPersonId: invoice.concernsPersonId,
          payeeKind: invoice.payeeKind,
          payeePersonId: invoice.payeePersonId,
          attachmentId,
        },
      },
    });
    return { invoiceId: invoice.id };
  });
}

/**
 * Asks the people the attestordning lets attest this invoice (attestRecipients: the director within
 * her limit, the above-limit role above it, never the payee or the person concerned) by mail.
 */
async function mailAttesters(tx: Prisma.TransactionClient, associationId: string, invoiceId: string, now: Date) {
  const context = await loadAttestContext(tx, associationId, invoiceId, now);
  const { settings } = context;
  const attestRoles: Role[] = ['DIRECTOR', settings.attestAboveLimitRole, settings.attestSubstituteRole];
  const holders = await tx.roleAssignment.findMany({
    where: { associationId, role: { in: attestRoles }, ...activeAt(now) },
    select: { personId: true },
  });
  const assignments = await tx.roleAssignment.findMany({
    where: { associationId, personId: { in: holders.map((h) => h.personId) }, ...activeAt(now) },
    select: { role: true, person: { select: { id: true, name: true, email: true } } },
  });
  const people = new Map<string, { person: { id: string; name: string; email: string }; roles: Role[] }>();
  for (const row of assignments) {
    const entry = people.get(row.person.id) ?? { person: row.person, roles: [] };
    entry.roles.push(row.role);
    people.set(row.person.id, entry);
  }
  const chosen = new Set(
    attestRecipients(
      context.attestInvoice,
      settings,
      [...people.values()].map((p) => ({ personId: p.person.id, roles: p.roles })),
    ),
  );
  const recipients = [...people.values()].filter((p) => chosen.has(p.person.id)).map((p) => p.person);
  if (recipients.length === 0) return;
  const association = await tx.association.findUniqueOrThrow({
    where: { id: associationId },
    select: { name: true, slug: true },
  });
  const links = mailLinks(association.slug);
  const { invoice } = context;
  await enqueueMail(tx, {
    associationId,
    kind: 'INVOICE_TO_ATTEST',
    recipients,
    dedupeKey: (recipient) => `invoice-to-attest:${invoice.id}:${recipient.id}`,
    render: (recipient) =>
      invoiceToAttestMail({
        recipientName: recipient.name,
        associationName: association.name,
        supplier: invoice.supplier,
        invoiceNumber: invoice.invoiceNumber,
        amountInclVat: formatKronor(context.amountInclVat),
        dueDate: invoice.dueDate ? formatDate(invoice.dueDate) : null,
        invoiceUrl: links.invoice(invoice.id),
        preferencesUrl: links.preferences(),
      }),
  });
}
