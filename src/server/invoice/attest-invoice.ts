import 'server-only';
import { z } from 'zod';
import type { AttestRule } from '@/domain/attest/who-may-attest';
import { format, messages } from '@/i18n/catalog';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import { FieldValidationError } from '@/server/kernel/use-case-errors';
import { loadAttestableInvoice, recordAttestOutcome } from './attest-context';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { id, version } from '@/server/kernel/input';

export interface AttestInvoiceInput {
  associationId: string;
  invoiceId: string;
  version: number;
  /** The substitute attests because the one above the limit is absent or conflicted; `note` then says why. */
  aboveLimitRoleUnavailable?: boolean;
  note?: string;
}

const schema = z.object({
  associationId: id,
  invoiceId: id,
  version,
  aboveLimitRoleUnavailable: z.boolean().default(false),
  note: z.string().trim().max(2000).default(''),
});

/**
 * Attests a received invoice when the attestordning allows this person to; otherwise FORBIDDEN
 * with the rule's Swedish reason and nothing written. The rule that allowed it is stored and audited.
 */
export async function attestInvoice(
  input: AttestInvoiceInput,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<{ invoiceId: string; rule: AttestRule; version: number }> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  const now = deps.now ?? new Date();
  const roles = await assertPermission(actor.personId, parsed.associationId, 'invoice.attest', { db, now });

  return db.$transaction(async (tx) => {
    const { context, decision } = await loadAttestableInvoice(tx, parsed, { personId: actor.personId, roles }, now);
    // The substitute's statement that the chair is absent or conflicted is what allowed it: it must say why.
    if (decision.rule === 'VICE_CHAIR_SUBSTITUTE' && !decision.level.aboveLimitRoleConflicted && parsed.note === '') {
      const t = messages().attest;
      throw new FieldValidationError({
        note: format(t.panel.unavailableNoteRequired, {
          aboveLimit: t.roleDefinite[context.settings.attestAboveLimitRole],
        }),
      });
    }

    const { attestationId, version: newVersion } = await recordAttestOutcome(
      tx,
      { context, decision },
      { personId: actor.personId, version: parsed.version, outcome: 'ATTESTED', note: parsed.note },
    );
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'invoice.attested',
      entityType: 'Invoice',
      entityId: context.invoice.id,
      data: {
        attestationId,
        rule: decision.rule,
        amountInclVat: context.amountInclVat.toFixed(2),
        limitInclVat: decision.level.limitInclVat?.toFixed(2) ?? null,
        aboveLimitRoleUnavailable: parsed.aboveLimitRoleUnavailable,
        note: parsed.note,
        before: { status: 'RECEIVED' },
        after: { status: 'ATTESTED' },
      },
    });
    return { invoiceId: context.invoice.id, rule: decision.rule, version: newVersion };
  });
}
