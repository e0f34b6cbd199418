import 'server-only';
import { z } from 'zod';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { loadEditablePlan } from '@/server/plan-version/editable-plan';
import { prisma } from '@/server/db/client';
import { StaleVersionError } from '@/server/kernel/use-case-errors';
import { optionalText } from './plan-workflow-input';
import { id, version } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';

const schema = z.object({ associationId: id, planId: id, version, summary: optionalText(20000) });

/** The director's summary of the consultation, part of the plan's record; only while the plan may be edited. */
export async function saveConsultationSummary(
  input: z.input<typeof schema>,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<{ version: number }> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'plan.edit', { db, now: deps.now });
  return db.$transaction(async (tx) => {
    await loadEditablePlan(tx, parsed.associationId, parsed.planId);
    const before = await tx.plan.findUniqueOrThrow({
      where: { id: parsed.planId },
      select: { consultationSummary: true, version: true, status: true },
    });
    const summary = parsed.summary === '' ? null : parsed.summary;
    const updated = await tx.plan.updateMany({
      where: { id: parsed.planId, version: parsed.version },
      data: { consultationSummary: summary, version: { increment: 1 } },
    });
    if (updated.count !== 1)
      throw new StaleVersionError({
        consultationSummary: before.consultationSummary,
        status: before.status,
        version: before.version,
      });
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'plan.consultationSummarySaved',
      entityType: 'Plan',
      entityId: parsed.planId,
      data: { before: { consultationSummary: before.consultationSummary }, after: { consultationSummary: summary } },
    });
    return { version: parsed.version + 1 };
  });
}
