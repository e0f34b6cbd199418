import 'server-only';
import { z } from 'zod';
import { Prisma } from '@/generated/prisma/client';
import { messages } from '@/i18n/catalog';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { prisma } from '@/server/db/client';
import { ConflictError } from '@/server/kernel/use-case-errors';
import { copyPlanToYear } from '@/server/plan-version/copy-plan-to-year';
import { id } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { loadOwned } from '@/server/kernel/load-owned';

const schema = z.object({ associationId: id, sourcePlanId: id });

/**
 * "Starta plan {år+1}": the next year's plan as a draft, seeded from this one (copyPlanToYear).
 * Refused when the association already has a plan for that year.
 */
export async function startNextYearPlan(
  input: z.input<typeof schema>,
  actor: Actor,
  options: UseCaseDeps = {},
): Promise<{ planId: string; year: number }> {
  const parsed = schema.parse(input);
  const db = options.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'plan.edit', { db });
  try {
    return await db.$transaction(
      async (tx) => {
        const source = await loadOwned(
          (where) => tx.plan.findFirst({ where, select: { id: true, year: true, versionNumber: true } }),
          parsed.associationId,
          parsed.sourcePlanId,
        );
        const year = source.year + 1;
        const { planId } = await copyPlanToYear(tx, { sourcePlanId: source.id, year, personId: actor.personId });
        const created = await tx.plan.findUniqueOrThrow({
          where: { id: planId },
          select: {
            title: true,
            _count: {
              select: { sections: true, targetGroups: true, focusAreas: true, goals: true, budgetLines: true },
            },
          },
        });
        await writeAuditEntry(tx, {
          associationId: parsed.associationId,
          personId: actor.personId,
          action: 'plan.nextYearStarted',
          entityType: 'Plan',
          entityId: planId,
          data: {
            after: {
              year,
              title: created.title,
              status: 'DRAFT',
              sourcePlanId: source.id,
              sourceVersion: source.versionNumber,
              copied: created._count,
            },
          },
        });
        return { planId, year };
      },
      { timeout: 30_000 },
    );
  } catch (error) {
    // Two starts at once: the second meets the unique (association, year, version).
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new ConflictError(messages().planContent.startNextYear.existsAlready);
    }
    throw error;
  }
}
