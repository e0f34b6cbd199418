import 'server-only';
import { z } from 'zod';
import { isRealNote } from '@/domain/attest/substitution-note';
import {
  SUBSTITUTE_REASONS,
  SUBSTITUTE_RULES,
  type AttestRule,
  type SubstituteReason,
} from '@/domain/attest/who-may-attest';
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
  /**
   * A substitute attests in place of the one the rule names (the director, or the chair above the
   * limit) who is absent or has a conflict of interest; `note` then says why, in real words.
   */
  substituteReason?: SubstituteReason | null;
  note?: string;
}

const schema = z.object({
  associationId: id,
  invoiceId: id,
  version,
  substituteReason: z.enum(SUBSTITUTE_REASONS).nullish(),
  note: z.string().trim().max(2000).default(''),
});

/**
 * Attests a received invoice when the attestordning allows this person to; otherwise FORBIDDEN
 * with the rule's Swedish reason and nothing written. A substitution needs a reason from the list
 * and a note of real length (isRealNote); it is stored with the attest, and the auditor's desk
 * lists it. The rule that allowed it is stored and audited.
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
    const { context, decision } = await loadAttestableInvoice(
      tx,
      { ...parsed, substituting: parsed.substituteReason != null },
      { personId: actor.personId, roles },
      now,
    );
    let substituteReason: SubstituteReason | null = null;
    if (SUBSTITUTE_RULES.includes(decision.rule)) {
      // The chair being the payee or the person concerned is in the invoice itself: a conflict of interest.
      const evident = decision.rule === 'VICE_CHAIR_SUBSTITUTE' && decision.level.aboveLimitRoleConflicted;
      substituteReason = evident ? 'CONFLICT_OF_INTEREST' : (parsed.substituteReason ?? null);
      if (!evident) {
        const t = messages().attest;
        const replaced =
          decision.rule === 'DIRECTOR_SUBSTITUTE'
            ? t.roleDefinite.DIRECTOR
            : t.roleDefinite[context.settings.attestAboveLimitRole];
        if (!substituteReason) throw new FieldValidationError({ substituteReason: t.panel.substituteReasonRequired });
        if (!isRealNote(parsed.note))
          throw new FieldValidationError({ note: format(t.panel.unavailableNoteTooShort, { aboveLimit: replaced }) });
      }
    }

    const { attestationId, version: newVersion } = await recordAttestOutcome(
      tx,
      { context, decision },
      {
        personId: actor.personId,
        version: parsed.version,
        outcome: 'ATTESTED',
        note: parsed.note,
        substituteReason,
      },
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
        amountExclVat: context.amountExclVat.toFixed(2),
        amountInclVat: context.amountInclVat.toFixed(2),
        limitExclVat: decision.level.limitExclVat?.toFixed(2) ?? null,
        substituteReason,
        note: parsed.note,
        before: { status: 'RECEIVED' },
        after: { status: 'ATTESTED' },
      },
    });
    return { invoiceId: context.invoice.id, rule: decision.rule, version: newVersion };
  });
}
