import 'server-only';
import { z } from 'zod';
import { Prisma } from '@/generated/prisma/client';
import { calendarDateIn } from '@/domain/calendar/local-date';
import { checkNewPlanYear, FIRST_PLAN_YEAR, PLAN_YEARS_AHEAD } from '@/domain/plan/plan-lifecycle';
import { format, messages } from '@/i18n/catalog';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { prisma } from '@/server/db/client';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { id } from '@/server/kernel/input';
import { FieldValidationError } from '@/server/kernel/use-case-errors';

const invalid = () => messages().actions.invalidValue;
const schema = z
  .object({
    associationId: id,
    year: z.number({ error: invalid }).int({ error: invalid }),
  })
  .strict();

/**
 * A new, empty plan (version 1, draft) for any year without one, past years included, so an
 * association can bring in its history; the budget import can then target that year.
 */
export async function createPlan(
  input: z.input<typeof schema>,
  actor: Actor,
  options: UseCaseDeps = {},
): Promise<{ planId: string; year: number }> {
  const parsed = schema.parse(input);
  const db = options.db ?? prisma;
  const currentYear = calendarDateIn(options.now ?? new Date()).year;
  await assertPermission(actor.personId, parsed.associationId, 'plan.edit', { db });
  const t = messages().planContent;
  const refuse = (problem: 'OUT_OF_RANGE' | 'EXISTS'): never => {
    throw new FieldValidationError({
      year:
        problem === 'EXISTS'
          ? format(t.createPlan.exists, { year: parsed.year })
          : format(t.createPlan.outOfRange, { first: FIRST_PLAN_YEAR, last: currentYear + PLAN_YEARS_AHEAD }),
    });
  };
  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.plan.findMany({
        where: { associationId: parsed.associationId },
        select: { year: true },
        distinct: ['year'],
      });
      const problem = checkNewPlanYear(parsed.year, { currentYear, existingYears: existing.map((p) => p.year) });
      if (problem) refuse(problem);
      const title = format(t.startNextYear.standardTitle, { year: parsed.year });
      const plan = await tx.plan.create({
        data: { associationId: parsed.associationId, year: parsed.year, versionNumber: 1, status: 'DRAFT', title },
        select: { id: true },
      });
      await writeAuditEntry(tx, {
        associationId: parsed.associationId,
        personId: actor.personId,
        action: 'plan.created',
        entityType: 'Plan',
        entityId: plan.id,
        data: { after: { year: parsed.year, title, status: 'DRAFT', versionNumber: 1 } },
      });
      return { planId: plan.id, year: parsed.year };
    });
  } catch (error) {
    // Two creations at once: the second meets the unique (association, year, version).
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') refuse('EXISTS');
    throw error;
  }
}
