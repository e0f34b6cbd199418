import 'server-only';
import { z } from 'zod';
import { isMatterPreparationEditable } from '@/domain/matter/matter-status';
import { format, messages } from '@/i18n/catalog';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import { ConflictError, StaleVersionError } from '@/server/kernel/use-case-errors';
import { freshMatter, loadMatter } from './change-matter-status';
import { longText } from './governance-input';
import { id, version } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';

export interface SaveMatterPreparationInput {
  associationId: string;
  matterId: string;
  version: number;
  assessment: string;
  proposedDecision: string;
}

const schema = z.object({ associationId: id, matterId: id, version, assessment: longText, proposedDecision: longText });

/** The preparation group's assessment and proposal for decision (förslag till beslut), while the matter is in preparation. */
export async function saveMatterPreparation(
  input: SaveMatterPreparationInput,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<{ version: number }> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'matter.prepare', { db, now: deps.now });
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
      data: { before, after },
    });
    return { version: parsed.version + 1 };
  });
}
