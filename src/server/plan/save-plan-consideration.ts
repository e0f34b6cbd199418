import 'server-only';
import { z } from 'zod';
import { messages } from '@/i18n/catalog';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { loadEditablePlan } from '@/server/plan-version/editable-plan';
import { prisma } from '@/server/db/client';
import { FieldValidationError, StaleVersionError } from '@/server/kernel/use-case-errors';
import { optionalText } from './plan-workflow-input';
import { id, version } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';

const schema = z.object({
  associationId: id,
  planId: id,
  conclusionId: id,
  text: optionalText(10000),
  version: version.nullable().default(null),
});

export interface FreshConsideration {
  text: string;
  version: number;
}

/**
 * How the plan draft considered one conclusion of the members' consultation (the year before the
 * plan year). Creates it (version null) or changes it at the version seen; only while the plan may be edited.
 */
export async function savePlanConsideration(
  input: z.input<typeof schema>,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<{ considerationId: string; version: number }> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'plan.edit', { db, now: deps.now });
  return db.$transaction(async (tx) => {
    const plan = await loadEditablePlan(tx, parsed.associationId, parsed.planId);
    const conclusion = await tx.consultationConclusion.findFirst({
      where: { id: parsed.conclusionId, associationId: parsed.associationId },
      select: { id: true },
    });
    if (!conclusion)
      throw new FieldValidationError({ conclusionId: messages().planWorkflow.errors.conclusionNotFound });
    const existing = await tx.planConsideration.findUnique({
      where: { planId_conclusionId: { planId: plan.id, conclusionId: conclusion.id } },
      select: { id: true, text: true, version: true },
    });

    if (!existing) {
      if (parsed.version !== null) throw new StaleVersionError<FreshConsideration | null>(null);
      const created = await tx.planConsideration.create({
        data: { planId: plan.id, conclusionId: conclusion.id, text: parsed.text },
        select: { id: true },
      });
      await writeAuditEntry(tx, {
        associationId: parsed.associationId,
        personId: actor.personId,
        action: 'plan.considerationSaved',
        entityType: 'PlanConsideration',
        entityId: created.id,
        data: { after: { planId: plan.id, conclusionId: conclusion.id, text: parsed.text } },
      });
      return { considerationId: created.id, version: 1 };
    }
    const fresh = { text: existing.text, version: existing.version };
    if (parsed.version === null) throw new StaleVersionError<FreshConsideration | null>(fresh);
    const updated = await tx.planConsideration.updateMany({
      where: { id: existing.id, version: parsed.version },
      data: { text: parsed.text, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new StaleVersionError<FreshConsideration | null>(fresh);
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'plan.considerationSaved',
      entityType: 'PlanConsideration',
      entityId: existing.id,
      data: { before: { text: existing.text }, after: { text: parsed.text } },
    });
    return { considerationId: existing.id, version: parsed.version + 1 };
  });
}
