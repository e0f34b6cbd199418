'use server';

import { revalidatePath } from 'next/cache';
import type { AttestRule } from '@/domain/attest/who-may-attest';
import type { ActionResult } from '@/server/kernel/action-result';
import { sessionActor } from '@/server/authz/session-actor';
import { attestInvoice } from '@/server/invoice/attest-invoice';
import type { FreshInvoice } from '@/server/invoice/change-invoice-status';
import { markInvoicePaid } from '@/server/invoice/mark-invoice-paid';
import { recordInvoice } from '@/server/invoice/record-invoice';
import { rejectInvoice } from '@/server/invoice/reject-invoice';
import { setPriceBaseAmount } from '@/server/invoice/set-price-base-amount';
import { updateDelegationSettings, type UpdateDelegationSettingsInput } from '@/server/invoice/update-delegation-settings';
import { toActionFailure } from '@/server/kernel/to-action-failure';

// Thin wrappers: the slug names the association, the session the actor; the use cases decide.

function invoicesPath(slug: string) {
  return `/forbund/${encodeURIComponent(slug)}/fakturor`;
}

const TEXT_FIELDS = ['supplier', 'invoiceNumber', 'invoiceDate', 'dueDate', 'amountExclVat', 'amountInclVat', 'budgetLineId', 'interventionId', 'concernsPersonId', 'payeePersonId'] as const;

/** Takes FormData so that the attachment travels as a file. */
export async function recordInvoiceAction(slug: string, form: FormData): Promise<ActionResult<{ invoiceId: string }>> {
  try {
    const { associationId, actor } = await sessionActor(slug);
    const fields = Object.fromEntries(TEXT_FIELDS.map((name) => [name, String(form.get(name) ?? '')])) as Record<(typeof TEXT_FIELDS)[number], string>;
    const file = form.get('attachment');
    const attachment = file instanceof File && file.size > 0 ? { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
    const data = await recordInvoice({ ...fields, associationId, attachment }, actor);
    revalidatePath(invoicesPath(slug));
    return { ok: true, data };
  } catch (error) {
    return toActionFailure(error);
  }
}

export async function attestInvoiceAction(input: {
  slug: string;
  invoiceId: string;
  version: number;
  aboveLimitRoleUnavailable?: boolean;
  note?: string;
}): Promise<ActionResult<{ invoiceId: string; rule: AttestRule; version: number }, FreshInvoice>> {
  try {
    const { slug, ...rest } = input;
    const { associationId, actor } = await sessionActor(slug);
    const data = await attestInvoice({ ...rest, associationId }, actor);
    revalidatePath(invoicesPath(slug), 'layout');
    return { ok: true, data };
  } catch (error) {
    return toActionFailure(error);
  }
}

export async function rejectInvoiceAction(input: {
  slug: string;
  invoiceId: string;
  version: number;
  reason: string;
  aboveLimitRoleUnavailable?: boolean;
}): Promise<ActionResult<{ invoiceId: string; rule: AttestRule; version: number }, FreshInvoice>> {
  try {
    const { slug, ...rest } = input;
    const { associationId, actor } = await sessionActor(slug);
    const data = await rejectInvoice({ ...rest, associationId }, actor);
    revalidatePath(invoicesPath(slug), 'layout');
    return { ok: true, data };
  } catch (error) {
    return toActionFailure(error);
  }
}

export async function markInvoicePaidAction(input: {
  slug: string;
  invoiceId: string;
  version: number;
  paidAt: string;
}): Promise<ActionResult<{ invoiceId: string; version: number }, FreshInvoice>> {
  try {
    const { slug, ...rest } = input;
    const { associationId, actor } = await sessionActor(slug);
    const data = await markInvoicePaid({ ...rest, associationId }, actor);
    revalidatePath(invoicesPath(slug), 'layout');
    return { ok: true, data };
  } catch (error) {
    return toActionFailure(error);
  }
}

export async function updateDelegationSettingsAction(
  input: Omit<UpdateDelegationSettingsInput, 'associationId'> & { slug: string },
): Promise<ActionResult<Awaited<ReturnType<typeof updateDelegationSettings>>, unknown>> {
  try {
    const { slug, ...rest } = input;
    const { associationId, actor } = await sessionActor(slug);
    const data = await updateDelegationSettings({ ...rest, associationId }, actor);
    revalidatePath(`/forbund/${encodeURIComponent(slug)}/installningar/attest`);
    return { ok: true, data };
  } catch (error) {
    return toActionFailure(error);
  }
}

export async function setPriceBaseAmountAction(input: {
  slug: string;
  year: number;
  amount: string;
  version: number | null;
}): Promise<ActionResult<Awaited<ReturnType<typeof setPriceBaseAmount>>, unknown>> {
  try {
    const { slug, ...rest } = input;
    const { associationId, actor } = await sessionActor(slug);
    const data = await setPriceBaseAmount({ ...rest, associationId }, actor);
    revalidatePath(`/forbund/${encodeURIComponent(slug)}/installningar/attest`);
    return { ok: true, data };
  } catch (error) {
    return toActionFailure(error);
  }
}
