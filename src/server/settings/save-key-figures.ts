import 'server-only';
import { z } from 'zod';
import { changedFields, type AuditFields } from '@/domain/audit/changed-fields';
import { isMemberIn, yearsGoverned } from '@/domain/settings/association-rules';
import { validateKeyFigures } from '@/domain/settings/validate-settings';
import { messages } from '@/i18n/catalog';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { id, version } from '@/server/kernel/input';
import { ConflictError, FieldValidationError, StaleVersionError } from '@/server/kernel/use-case-errors';
import { loadAssociationRules } from './load-association-rules';
import { percentText, throwProblems, year } from './settings-input';

const t = () => messages().associationSettings.members.errors;

const schema = z.object({
  associationId: id,
  year: year(() => t().yearInvalid),
  figures: z
    .array(
      z.object({
        memberId: id,
        /** Version of the member's row for exactly `year`, null when this creates it. */
        version: version.nullable(),
        population: z
          .number({ error: () => t().POPULATION_MISSING })
          .int({ error: () => t().POPULATION_MISSING })
          .min(0, { error: () => t().POPULATION_MISSING })
          .max(100_000_000, { error: () => t().POPULATION_MISSING })
          .nullable(),
        splitPercent: percentText(() => t().PERCENT_RANGE)
          .nullable()
          .or(z.literal('').transform(() => null)),
      }),
    )
    .max(500),
});

export type SaveKeyFiguresInput = z.input<typeof schema>;

/**
 * Saves the municipalities' key figures from a year on (population or share per municipality),
 * checked against the split key in force that year: shares must sum to 100 %. Refused when a plan
 * of a year these figures would govern is adopted. Audited per year with before and after.
 */
export async function saveKeyFigures(input: SaveKeyFiguresInput, actor: Actor, deps: UseCaseDeps = {}) {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'settings.edit', { db, now: deps.now });
  const { associationId } = parsed;

  return db.$transaction(async (tx) => {
    const [rules, members] = await Promise.all([
      loadAssociationRules(tx, associationId, parsed.year),
      tx.member.findMany({
        where: { associationId },
        select: {
          id: true,
          name: true,
          kind: true,
          joinedYear: true,
          leftYear: true,
          keyFigures: { select: { year: true, version: true, population: true, splitPercent: true } },
        },
      }),
    ]);
    const municipalities = members.filter((m) => m.kind === 'MUNICIPALITY' && isMemberIn(m, parsed.year));
    const sent = new Map(parsed.figures.map((f) => [f.memberId, f]));
    const foreign = parsed.figures.find((f) => !municipalities.some((m) => m.id === f.memberId));
    if (foreign) throw new FieldValidationError({ [`population.${foreign.memberId}`]: t().notMunicipality });
    const figures = municipalities.map((m) => ({
      memberId: m.id,
      population: sent.get(m.id)?.population ?? null,
      splitPercent: sent.get(m.id)?.splitPercent ?? null,
    }));
    throwProblems(validateKeyFigures(rules.municipalSplitKey, figures), (problem) =>
      problem.code === 'PERCENT_SUM'
        ? t().PERCENT_SUM(problem.sum.toString().replace('.', ','))
        : t()[problem.code as 'POPULATION_MISSING' | 'PERCENT_RANGE'],
    );

    const figureYears = [...new Set(members.flatMap((m) => m.keyFigures.map((f) => f.year)))];
    const governed = yearsGoverned(parsed.year, figureYears);
    const adopted = await tx.plan.findFirst({
      where: {
        associationId,
        year: { gte: governed.from, ...(governed.to === null ? {} : { lte: governed.to }) },
        status: { in: ['ADOPTED', 'REVISED'] },
      },
      orderBy: { year: 'asc' },
      select: { year: true },
    });
    if (adopted) throw new ConflictError(messages().associationSettings.rules.errors.adoptedYear(adopted.year));

    const before: AuditFields = {};
    const after: AuditFields = {};
    for (const figure of figures) {
      const member = municipalities.find((m) => m.id === figure.memberId)!;
      const stored = member.keyFigures.find((f) => f.year === parsed.year) ?? null;
      const seen = sent.get(figure.memberId)?.version ?? null;
      if ((stored?.version ?? null) !== seen) throw new StaleVersionError({ year: parsed.year });
      const data = { population: figure.population, splitPercent: figure.splitPercent?.toFixed(3) ?? null };
      if (stored) {
        const { count } = await tx.memberKeyFigure.updateMany({
          where: { memberId: member.id, year: parsed.year, version: stored.version },
          data: { ...data, version: { increment: 1 } },
        });
        if (count === 0) throw new StaleVersionError({ year: parsed.year });
      } else await tx.memberKeyFigure.create({ data: { memberId: member.id, year: parsed.year, ...data } });
      before[member.name] = stored
        ? { population: stored.population, splitPercent: stored.splitPercent?.toFixed(3) ?? null }
        : null;
      after[member.name] = { population: data.population, splitPercent: data.splitPercent };
    }
    await writeAuditEntry(tx, {
      associationId,
      personId: actor.personId,
      action: 'settings.keyFiguresChanged',
      entityType: 'MemberKeyFigure',
      entityId: associationId,
      data: { year: parsed.year, ...changedFields(before, after) },
    });
    return { year: parsed.year };
  });
}
