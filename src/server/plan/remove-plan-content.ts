import 'server-only';
import { z } from 'zod';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { prisma } from '@/server/db/client';
import { StaleVersionError } from '@/server/kernel/use-case-errors';
import { plainFields } from './changed-fields';
import { loadEditableContentRow } from './editable-content';
import { id, version } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';

const schema = z.object({ associationId: id, kind: z.enum(['focusArea', 'targetGroup', 'goal']), rowId: id, version });

const ENTITY = { focusArea: 'FocusArea', targetGroup: 'TargetGroup', goal: 'Goal' } as const;
const ACTION = {
  focusArea: 'plan.focusAreaRemoved',
  targetGroup: 'plan.targetGroupRemoved',
  goal: 'plan.goalRemoved',
} as const;

/** Removes a focus area, target group or goal read at `version` (links to it go with it). */
export async function removePlanContent(
  input: z.input<typeof schema>,
  actor: Actor,
  options: UseCaseDeps = {},
): Promise<void> {
  const parsed = schema.parse(input);
  const db = options.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'plan.edit', { db });

  await db.$transaction(async (tx) => {
    const { planId } = await loadEditableContentRow(tx, parsed.kind, parsed.associationId, parsed.rowId);
    const where = { id: parsed.rowId, version: parsed.version };
    const before: Record<string, unknown> =
      parsed.kind === 'focusArea'
        ? await tx.focusArea.findUniqueOrThrow({ where: { id: parsed.rowId } })
        : parsed.kind === 'targetGroup'
          ? await tx.targetGroup.findUniqueOrThrow({ where: { id: parsed.rowId } })
          : await tx.goal.findUniqueOrThrow({ where: { id: parsed.rowId } });
    const { count } =
      parsed.kind === 'focusArea'
        ? await tx.focusArea.deleteMany({ where })
        : parsed.kind === 'targetGroup'
          ? await tx.targetGroup.deleteMany({ where })
          : await tx.goal.deleteMany({ where });
    if (count === 0) throw new StaleVersionError({ version: before.version as number });
    const keys = Object.keys(before).filter((key) => !['id', 'planId', 'version', 'updatedAt'].includes(key));
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: ACTION[parsed.kind],
      entityType: ENTITY[parsed.kind],
      entityId: parsed.rowId,
      data: { before: { planId, ...plainFields(before, keys) } },
    });
  });
}
