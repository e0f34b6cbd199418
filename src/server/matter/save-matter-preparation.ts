import 'server-only';
import { z } from 'zod';
import { conflictOfInterest } from '@/domain/matter/matter-rights';
import { isMatterPreparationEditable } from '@/domain/matter/matter-status';
import { format, messages } from '@/i18n/catalog';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import { ConflictError, FieldValidationError, StaleVersionError } from '@/server/kernel/use-case-errors';
import { freshMatter, loadMatter } from './change-matter-status';
import { longText } from './governance-input';
import { loadMemberTies } from './member-ties';
import { id, version } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';

export interface SaveMatterPreparationInput {
  associationId: string;
  matterId: string;
  version: number;
  assessment: string;
  proposedDecision: string;
  /** "Jag har prövat jäv": required when the person (or their member) raised the matter. */
  conflictConfirmed?: boolean;
}

const schema = z.object({
  associationId: id,
  matterId: id,
  version,
  assessment: longText,
  proposedDecision: longText,
  conflictConfirmed: z.boolean().default(false),
});

/**
 * The preparation group's assessment and proposal for decision (förslag till beslut), while the matter
 * is in preparation. Someone who raised the matter, or whose member did, saves only after confirming
 * that they have tried their conflict of interest (jäv); the confirmation is in the audit entry (ADR 036).
 */
export async function saveMatterPreparation(
  input: SaveMatterPreparationInput,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<{ version: number }> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  const now = deps.now ?? new Date();
  await assertPermission(actor.personId, parsed.associationId, 'matter.prepare', { db, now });
  const ties = await loadMemberTies(db, actor.personId, parsed.associationId, now);
  return db.$transaction(async (tx) => {
    const matter = await loadMatter(tx, parsed.associationId, parsed.matterId);
    if (matter.version !== parsed.version)
      throw new StaleVersionError(await freshMatter(tx, parsed.associationId, matter.id));
    if (!isMatterPreparationEditable(matter.status)) {
      throw new ConflictError(
        format(messages().governance.refusals.matterNotEditable, {
          status: messages().areas.matterStatus[matter.status].toLowerCase(),
        }),
      );
    }
    const conflict = conflictOfInterest({ personId: actor.personId, memberIds: ties.memberIds }, matter);
    if (conflict && !parsed.conflictConfirmed)
      throw new FieldValidationError({ conflictConfirmed: messages().governance.fields.conflictNotConfirmed });
    const { count } = await tx.matter.updateMany({
      where: { id: matter.id, version: parsed.version, status: 'IN_PREPARATION' },
      data: { assessment: parsed.assessment, proposedDecision: parsed.proposedDecision, version: { increment: 1 } },
    });
    if (count === 0) throw new StaleVersionError(await freshMatter(tx, parsed.associationId, matter.id));
    const before: Record<string, string> = {};
    const after: Record<string, string> = {};
    for (const key of ['assessment', 'proposedDecision'] as const) {
      if (matter[key] !== parsed[key]) {
        before[key] = matter[key];
        after[key] = parsed[key];
      }
    }
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'matter.preparationSaved',
      entityType: 'Matter',
      entityId: matter.id,
      data: conflict ? { before, after, conflictOfInterest: { reason: conflict, confirmed: true } } : { before, after },
    });
    return { version: parsed.version + 1 };
  });
}
