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

const schema = z.object({ associationId: id, sectionId: id, version });

/** Removes a section read at `version`; comments on it stay with the plan (their section link is cleared). */
export async function removePlanSection(
  input: z.input<typeof schema>,
  actor: Actor,
  options: UseCaseDeps = {},
): Promise<void> {
  const parsed = schema.parse(input);
  const db = options.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'plan.edit', { db });

  await db.$transaction(async (tx) => {
    await loadEditableContentRow(tx, 'planSection', parsed.associationId, parsed.sectionId);
    const before = await tx.planSection.findUniqueOrThrow({
      where: { id: parsed.sectionId },
      select: { planId: true, order: true, level: true, title: true, bodyMarkdown: true, version: true },
    });
    const { count } = await tx.planSection.deleteMany({ where: { id: parsed.sectionId, version: parsed.version } });
    if (count === 0) throw new StaleVersionError({ version: before.version });
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'plan.sectionRemoved',
      entityType: 'PlanSection',
      entityId: parsed.sectionId,
      data: {
        before: {
          planId: before.planId,
          order: before.order,
          level: before.level,
          title: before.title,
          bodyMarkdown: before.bodyMarkdown,
        },
      },
    });
  });
}
