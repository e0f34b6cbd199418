import 'server-only';
import { z } from 'zod';
import { Prisma } from '@/generated/prisma/client';
import { messages } from '@/i18n/catalog';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { assertPermission } from '@/server/authz/assert-permission';
import { prisma } from '@/server/db/client';
import { copyPlanContent } from '@/server/plan-version/copy-plan-to-year';
import { ConflictError } from '@/server/kernel/use-case-errors';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { associationId, id } from '@/server/kernel/input';

export const startBudgetRevisionInput = z.object({
  associationId,
  /** The adopted version to revise. */
  planId: id,
});

export interface StartedRevision {
  planId: string;
  year: number;
  versionNumber: number;
}

/**
 * Starts a reviderad budget: a new draft version of an adopted plan with a copy of its content
 * (sections, focus areas, target groups, goals with their links, budget lines with budget and
 * prognosis amounts), through copyPlanContent, the same code that starts next year's plan. The adopted version is not touched; outcome stays with it until the
 * revision is adopted.
 */
export async function startBudgetRevision(
  personId: string | null | undefined,
  rawInput: z.input<typeof startBudgetRevisionInput>,
  options: UseCaseDeps = {},
): Promise<StartedRevision> {
  const db = options.db ?? prisma;
  const input = startBudgetRevisionInput.parse(rawInput);
  await assertPermission(personId, input.associationId, 'plan.revise', { db });
  const t = messages().budgetFollowUp.versions;

  try {
    return await db.$transaction(
      async (tx) => {
        const source = await tx.plan.findFirst({ where: { id: input.planId, associationId: input.associationId } });
        if (!source || source.status !== 'ADOPTED') throw new ConflictError(t.notAdoptedVersion);
        const newer = await tx.plan.count({
          where: {
            associationId: source.associationId,
            year: source.year,
            versionNumber: { gt: source.versionNumber },
          },
        });
        if (newer > 0) throw new ConflictError(t.newerVersionExists);

        const revision = await tx.plan.create({
          data: {
            associationId: source.associationId,
            year: source.year,
            versionNumber: source.versionNumber + 1,
            status: 'DRAFT',
            title: source.title,
            previousVersionId: source.id,
            consultationSummary: source.consultationSummary,
          },
        });
        const planId = revision.id;
        await copyPlanContent(tx, { sourcePlanId: source.id, targetPlanId: planId, targetYear: source.year });
        await writeAuditEntry(tx, {
          associationId: source.associationId,
          personId: personId ?? null,
          action: 'plan.revisionStarted',
          entityType: 'Plan',
          entityId: planId,
          data: {
            after: {
              year: revision.year,
              versionNumber: revision.versionNumber,
              status: revision.status,
              title: revision.title,
              previousVersionId: source.id,
            },
          },
        });
        return { planId, year: revision.year, versionNumber: revision.versionNumber };
      },
      { timeout: 30_000 },
    );
  } catch (error) {
    // Two directors starting at once: the second meets the unique version number.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
      throw new ConflictError(t.newerVersionExists);
    throw error;
  }
}
