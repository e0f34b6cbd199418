import 'server-only';
import { z } from 'zod';
import { messages } from '@/i18n/catalog';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { loadEditablePlan } from '@/server/plan-version/editable-plan';
import { prisma } from '@/server/db/client';
import { FieldValidationError, StaleVersionError } from '@/server/kernel/use-case-errors';
import { loadEditableContentRow } from './editable-content';
import { changedFields } from './changed-fields';
import { optionalText, requiredText } from './plan-content-input';
import { id, version } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';

const age = z.number().int().min(0).max(120).nullable();
const schema = z.object({
  associationId: id,
  planId: id,
  targetGroupId: id.optional(),
  version: version.optional(),
  name: requiredText(200),
  description: optionalText(4000),
  ageMin: age,
  ageMax: age,
  priority: z.number().int().min(1).max(9),
  rationale: optionalText(4000),
});

const SELECT = {
  id: true,
  name: true,
  description: true,
  ageMin: true,
  ageMax: true,
  priority: true,
  rationale: true,
  version: true,
} as const;

/** Adds a target group to the plan, or saves one at the version it was read. */
export async function saveTargetGroup(input: z.input<typeof schema>, actor: Actor, options: UseCaseDeps = {}) {
  const parsed = schema.parse(input);
  if (parsed.ageMin !== null && parsed.ageMax !== null && parsed.ageMin > parsed.ageMax) {
    throw new FieldValidationError({ ageMax: messages().planContent.fields.ageOrder });
  }
  const db = options.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'plan.edit', { db });
  const { associationId, targetGroupId, version: readVersion } = parsed;
  const { name, description, ageMin, ageMax, priority, rationale } = parsed;
  const fields = { name, description, ageMin, ageMax, priority, rationale };

  return db.$transaction(async (tx) => {
    if (!targetGroupId) {
      const plan = await loadEditablePlan(tx, associationId, parsed.planId);
      const created = await tx.targetGroup.create({ data: { planId: plan.id, ...fields }, select: SELECT });
      await writeAuditEntry(tx, {
        associationId,
        personId: actor.personId,
        action: 'plan.targetGroupAdded',
        entityType: 'TargetGroup',
        entityId: created.id,
        data: { after: { planId: plan.id, ...fields } },
      });
      return created;
    }
    const { planId } = await loadEditableContentRow(tx, 'targetGroup', associationId, targetGroupId);
    const before = await tx.targetGroup.findUniqueOrThrow({ where: { id: targetGroupId }, select: SELECT });
    const { count } = await tx.targetGroup.updateMany({
      where: { id: targetGroupId, version: readVersion ?? -1 },
      data: { ...fields, version: { increment: 1 } },
    });
    if (count === 0) throw new StaleVersionError(before);
    const after = await tx.targetGroup.findUniqueOrThrow({ where: { id: targetGroupId }, select: SELECT });
    await writeAuditEntry(tx, {
      associationId,
      personId: actor.personId,
      action: 'plan.targetGroupUpdated',
      entityType: 'TargetGroup',
      entityId: targetGroupId,
      data: { planId, ...changedFields(before, after, Object.keys(fields)) },
    });
    return after;
  });
}
