import 'server-only';
import { z } from 'zod';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { loadEditablePlan } from '@/server/plan-version/editable-plan';
import { prisma } from '@/server/db/client';
import { StaleVersionError } from '@/server/kernel/use-case-errors';
import { changedFields } from './changed-fields';
import { loadEditableContentRow } from './editable-content';
import { optionalText, requiredText } from './plan-content-input';
import { id, version } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';

const schema = z.object({
  associationId: id,
  planId: id,
  focusAreaId: id.optional(),
  version: version.optional(),
  title: requiredText(1000),
  description: optionalText(4000),
});

const SELECT = { id: true, order: true, title: true, description: true, version: true } as const;

/** Adds a focus area for the year (last), or saves one at the version it was read. */
export async function saveFocusArea(input: z.input<typeof schema>, actor: Actor, options: UseCaseDeps = {}) {
  const parsed = schema.parse(input);
  const db = options.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'plan.edit', { db });
  const { associationId, focusAreaId } = parsed;
  const fields = { title: parsed.title, description: parsed.description };

  return db.$transaction(async (tx) => {
    if (!focusAreaId) {
      const plan = await loadEditablePlan(tx, associationId, parsed.planId);
      const last = await tx.focusArea.aggregate({ where: { planId: plan.id }, _max: { order: true } });
      const created = await tx.focusArea.create({
        data: { planId: plan.id, order: (last._max.order ?? -1) + 1, ...fields },
        select: SELECT,
      });
      await writeAuditEntry(tx, {
        associationId,
        personId: actor.personId,
        action: 'plan.focusAreaAdded',
        entityType: 'FocusArea',
        entityId: created.id,
        data: { after: { planId: plan.id, ...fields } },
      });
      return created;
    }
    const { planId } = await loadEditableContentRow(tx, 'focusArea', associationId, focusAreaId);
    const before = await tx.focusArea.findUniqueOrThrow({ where: { id: focusAreaId }, select: SELECT });
    const { count } = await tx.focusArea.updateMany({
      where: { id: focusAreaId, version: parsed.version ?? -1 },
      data: { ...fields, version: { increment: 1 } },
    });
    if (count === 0) throw new StaleVersionError(before);
    const after = await tx.focusArea.findUniqueOrThrow({ where: { id: focusAreaId }, select: SELECT });
    await writeAuditEntry(tx, {
      associationId,
      personId: actor.personId,
      action: 'plan.focusAreaUpdated',
      entityType: 'FocusArea',
      entityId: focusAreaId,
      data: { planId, ...changedFields(before, after, Object.keys(fields)) },
    });
    return after;
  });
}
