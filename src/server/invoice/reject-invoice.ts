import 'server-only';
import { z } from 'zod';
import { SUBSTITUTE_REASONS, type AttestRule, type SubstituteReason } from '@/domain/attest/who-may-attest';
import { messages } from '@/i18n/catalog';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import { loadAttestableInvoice, recordAttestOutcome } from './attest-context';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { id, version } from '@/server/kernel/input';

export interface RejectInvoiceInput {
  associationId: string;
  invoiceId: string;
  version: number;
  reason: string;
  /** Rejecting in place of the one the rule names (absent or conflicted). */
  substituteReason?: SubstituteReason | null;
}

const schema = z.object({
  associationId: id,
  invoiceId: id,
  version,
  reason: z
    .string({ error: () => messages().attest.panel.rejectionReasonRequired })
    .trim()
    .min(1, { error: () => messages().attest.panel.rejectionReasonRequired })
    .max(2000),
  substituteReason: z.enum(SUBSTITUTE_REASONS).nullish(),
});

/** Rejects a received invoice with a reason. Only someone who may attest it may reject it. */
export async function rejectInvoice(
  input: RejectInvoiceInput,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<{ invoiceId: string; rule: AttestRule; version: number }> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  const now = deps.now ?? new Date();
  const roles = await assertPermission(actor.personId, parsed.associationId, 'invoice.attest', { db, now });

  return db.$transaction(async (tx) => {
    const { context, decision } = await loadAttestableInvoice(
      tx,
      { ...parsed, substituting: parsed.substituteReason != null },
      { personId: actor.personId, roles },
      now,
      'reject',
    );
    const { version: newVersion } = await recordAttestOutcome(
      tx,
      { context, decision },
      {
        personId: actor.personId,
        version: parsed.version,
        outcome: 'REJECTED',
        note: parsed.reason,
        rejectionReason: parsed.reason,
        substituteReason: parsed.substituteReason ?? null,
      },
    );
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'invoice.rejected',
      entityType: 'Invoice',
      entityId: context.invoice.id,
      data: {
        rule: decision.rule,
        amountExclVat: context.amountExclVat.toFixed(2),
        amountInclVat: context.amountInclVat.toFixed(2),
        before: { status: 'RECEIVED', rejectionReason: null },
        after: { status: 'REJECTED', rejectionReason: parsed.reason },
      },
    });
    return { invoiceId: context.invoice.id, rule: decision.rule, version: newVersion };
  });
}
