import 'server-only';
import { z } from 'zod';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { prisma } from '@/server/db/client';
import { StaleVersionError } from '@/server/kernel/use-case-errors';
import { loadEditableContentRow } from './editable-content';
import { id, version } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';

const schema = z.object({ associationId: id, sectionId: id, version, direction: z.enum(['up', 'down']) });

/** Moves a section one step up or down; the plan's sections are renumbered 0, 1, 2 … */
export async function movePlanSection(
  input: z.input<typeof schema>,
  actor: Actor,
  options: UseCaseDeps = {},
): Promise<{ order: number }> {
  const parsed = schema.parse(input);
  const db = options.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'plan.edit', { db });

  return db.$transaction(async (tx) => {
    const { planId } = await loadEditableContentRow(tx, 'planSection', parsed.associationId, parsed.sectionId);
    const sections = await tx.planSection.findMany({
      where: { planId },
      orderBy: [{ order: 'asc' }, { id: 'asc' }],
      select: { id: true, order: true, version: true },
    });
    const index = sections.findIndex((s) => s.id === parsed.sectionId);
    const moving = sections[index]!;
    if (moving.version !== parsed.version) throw new StaleVersionError({ version: moving.version });
    const target = parsed.direction === 'up' ? index - 1 : index + 1;
    if (target < 0 || target >= sections.length) return { order: index };
    const sequence = [...sections];
    sequence.splice(index, 1);
    sequence.splice(target, 0, moving);
    for (const [order, section] of sequence.entries()) {
      if (section.order === order) continue;
      // The moved section's version guards against a concurrent edit; the others only change place.
      if (section.id === moving.id) {
        const { count } = await tx.planSection.updateMany({
          where: { id: section.id, version: parsed.version },
          data: { order, version: { increment: 1 } },
        });
        if (count === 0) throw new StaleVersionError({ version: moving.version });
      } else {
        await tx.planSection.update({ where: { id: section.id }, data: { order } });
      }
    }
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'plan.sectionMoved',
      entityType: 'PlanSection',
      entityId: moving.id,
      data: { planId, before: { order: index }, after: { order: target } },
    });
    return { order: target };
  });
}
