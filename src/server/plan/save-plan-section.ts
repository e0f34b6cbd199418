import 'server-only';
import { z } from 'zod';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { loadEditablePlan } from '@/server/plan-version/editable-plan';
import { prisma } from '@/server/db/client';
import { StaleVersionError } from '@/server/kernel/use-case-errors';
import { loadEditableContentRow } from './editable-content';
import { markdown, requiredText } from './plan-content-input';
import { id, version } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';

const schema = z.object({
  associationId: id,
  planId: id,
  /** Absent: a new section, placed last. */
  sectionId: id.optional(),
  version: version.optional(),
  title: requiredText(300),
  level: z.number().int().min(1).max(3),
  bodyMarkdown: markdown,
});

export interface SectionRow {
  id: string;
  order: number;
  level: number;
  title: string;
  bodyMarkdown: string;
  version: number;
}

const SELECT = { id: true, order: true, level: true, title: true, bodyMarkdown: true, version: true } as const;

/** Adds a section at the end of the plan, or saves an existing one at the version it was read. */
export async function savePlanSection(
  input: z.input<typeof schema>,
  actor: Actor,
  options: UseCaseDeps = {},
): Promise<SectionRow> {
  const parsed = schema.parse(input);
  const db = options.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'plan.edit', { db });
  const fields = { title: parsed.title, level: parsed.level, bodyMarkdown: parsed.bodyMarkdown };

  return db.$transaction(async (tx) => {
    if (!parsed.sectionId) {
      const plan = await loadEditablePlan(tx, parsed.associationId, parsed.planId);
      const last = await tx.planSection.aggregate({ where: { planId: plan.id }, _max: { order: true } });
      const created = await tx.planSection.create({
        data: { planId: plan.id, order: (last._max.order ?? -1) + 1, ...fields },
        select: SELECT,
      });
      await writeAuditEntry(tx, {
        associationId: parsed.associationId,
        personId: actor.personId,
        action: 'plan.sectionAdded',
        entityType: 'PlanSection',
        entityId: created.id,
        data: { after: { planId: plan.id, order: created.order, ...fields } },
      });
      return created;
    }
    const { planId } = await loadEditableContentRow(tx, 'planSection', parsed.associationId, parsed.sectionId);
    const before = await tx.planSection.findUniqueOrThrow({ where: { id: parsed.sectionId }, select: SELECT });
    const { count } = await tx.planSection.updateMany({
      where: { id: parsed.sectionId, version: parsed.version ?? -1 },
      data: { ...fields, version: { increment: 1 } },
    });
    if (count === 0) throw new StaleVersionError<SectionRow>(before);
    const after = await tx.planSection.findUniqueOrThrow({ where: { id: parsed.sectionId }, select: SELECT });
    const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter((key) => before[key] !== after[key]);
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'plan.sectionUpdated',
      entityType: 'PlanSection',
      entityId: after.id,
      data: {
        planId,
        before: Object.fromEntries(changed.map((k) => [k, before[k]])),
        after: Object.fromEntries(changed.map((k) => [k, after[k]])),
      },
    });
    return after;
  });
}
