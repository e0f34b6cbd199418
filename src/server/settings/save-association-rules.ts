import 'server-only';
import { z } from 'zod';
import { changedFields, type AuditFields } from '@/domain/audit/changed-fields';
import { yearsGoverned, type AssociationRuleValues } from '@/domain/settings/association-rules';
import { validateRules } from '@/domain/settings/validate-settings';
import { messages } from '@/i18n/catalog';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import type { Db, UseCaseDeps } from '@/server/kernel/deps';
import { id, version } from '@/server/kernel/input';
import { ConflictError, StaleVersionError } from '@/server/kernel/use-case-errors';
import { kronorText, optionalText, percentText, throwProblems, year } from './settings-input';
import { loadAssociationRules, type RulesForYear } from './load-association-rules';

const t = () => messages().associationSettings.rules.errors;
const count = (min: number, max: number) =>
  z
    .number({ error: () => t().numberInvalid })
    .int({ error: () => t().numberInvalid })
    .min(min, { error: () => t().numberInvalid })
    .max(max, { error: () => t().numberInvalid });

const schema = z.object({
  associationId: id,
  /** The rules are saved as holding from this year on. */
  year: year(() => t().yearInvalid),
  /** Version of the row stored for exactly `year`, null when the change creates that row. */
  version: version.nullable(),
  regionHoldsMunicipalRole: z.boolean({ error: () => messages().actions.invalidValue }),
  municipalSplitKey: z.enum(['EQUAL', 'POPULATION', 'FIXED_PERCENT'], { error: () => messages().actions.invalidValue }),
  equityFloor: kronorText(() => t().amountInvalid),
  capTiers: z
    .array(
      z.object({
        upTo: kronorText(() => t().amountInvalid)
          .nullable()
          .or(z.literal('').transform(() => null)),
        percent: percentText(() => t().percentInvalid),
      }),
    )
    .max(10),
  prognosisYears: count(0, 100),
  adoptionDeadlineMonth: count(1, 12),
  adoptionDeadlineDay: count(0, 99),
  quorumRule: z.enum(['MORE_THAN_HALF', 'AT_LEAST_HALF', 'FIXED_COUNT'], {
    error: () => messages().actions.invalidValue,
  }),
  quorumFixedCount: count(-1000, 1000).nullable(),
  noticeBoardText: optionalText(500, () => t().textTooLong),
  noticeBoardUrl: optionalText(500, () => t().textTooLong),
  decisionsNeedAdjustedMinutes: z.boolean({ error: () => messages().actions.invalidValue }).default(false),
});

export type SaveAssociationRulesInput = z.input<typeof schema>;

/** The rules as one flat record for the audit entry (money and percents as strings). */
function rulesSnapshot(rules: AssociationRuleValues & { effectiveFromYear?: number | null }): AuditFields {
  return {
    regionHoldsMunicipalRole: rules.regionHoldsMunicipalRole,
    municipalSplitKey: rules.municipalSplitKey,
    equityFloor: rules.equityFloor.toFixed(2),
    capTiers: rules.capTiers.map((tier) => ({
      upTo: tier.upTo === null ? null : tier.upTo.toFixed(2),
      percent: tier.percent.toFixed(2),
    })),
    prognosisYears: rules.prognosisYears,
    adoptionDeadline: `${rules.adoptionDeadlineMonth}-${rules.adoptionDeadlineDay}`,
    quorumRule: rules.quorumRule,
    quorumFixedCount: rules.quorumFixedCount,
    noticeBoardText: rules.noticeBoardText,
    noticeBoardUrl: rules.noticeBoardUrl,
    decisionsNeedAdjustedMinutes: rules.decisionsNeedAdjustedMinutes,
  };
}

/**
 * Saves the förbundsordning's rules from a year on (ADR 031): creates or updates the row for that
 * year; the rows of other years stay. Refused when a plan of a year these rules would govern is
 * adopted (that plan keeps the rules it was adopted with). Audited with the rules in force for the
 * year before and after.
 */
export async function saveAssociationRules(input: SaveAssociationRulesInput, actor: Actor, deps: UseCaseDeps = {}) {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'settings.edit', { db, now: deps.now });
  const values: AssociationRuleValues = {
    regionHoldsMunicipalRole: parsed.regionHoldsMunicipalRole,
    municipalSplitKey: parsed.municipalSplitKey,
    equityFloor: parsed.equityFloor,
    capTiers: parsed.capTiers,
    prognosisYears: parsed.prognosisYears,
    adoptionDeadlineMonth: parsed.adoptionDeadlineMonth,
    adoptionDeadlineDay: parsed.adoptionDeadlineDay,
    quorumRule: parsed.quorumRule,
    quorumFixedCount: parsed.quorumRule === 'FIXED_COUNT' ? parsed.quorumFixedCount : null,
    noticeBoardText: parsed.noticeBoardText,
    noticeBoardUrl: parsed.noticeBoardUrl,
    decisionsNeedAdjustedMinutes: parsed.decisionsNeedAdjustedMinutes,
  };
  throwProblems(validateRules(values), (problem) => t()[problem.code as keyof ReturnType<typeof t>] as string);

  return db.$transaction(async (tx) => {
    const { associationId } = parsed;
    const before = await loadAssociationRules(tx, associationId, parsed.year);
    const stored = await tx.associationRules.findUnique({
      where: { associationId_effectiveFromYear: { associationId, effectiveFromYear: parsed.year } },
      select: { id: true, version: true },
    });
    if ((stored?.version ?? null) !== parsed.version) throw new StaleVersionError(fresh(before));
    await refuseAdoptedYears(tx, associationId, parsed.year);

    const data = {
      regionHoldsMunicipalRole: values.regionHoldsMunicipalRole,
      municipalSplitKey: values.municipalSplitKey,
      equityFloor: values.equityFloor.toFixed(2),
      prognosisYears: values.prognosisYears,
      adoptionDeadlineMonth: values.adoptionDeadlineMonth,
      adoptionDeadlineDay: values.adoptionDeadlineDay,
      quorumRule: values.quorumRule,
      quorumFixedCount: values.quorumFixedCount,
      noticeBoardText: values.noticeBoardText,
      noticeBoardUrl: values.noticeBoardUrl,
      decisionsNeedAdjustedMinutes: values.decisionsNeedAdjustedMinutes,
    };
    let rulesId: string;
    if (stored) {
      const { count: written } = await tx.associationRules.updateMany({
        where: { id: stored.id, version: stored.version },
        data: { ...data, version: { increment: 1 } },
      });
      if (written === 0) throw new StaleVersionError(fresh(before));
      rulesId = stored.id;
      await tx.equityCapTier.deleteMany({ where: { rulesId } });
    } else {
      rulesId = (
        await tx.associationRules.create({
          data: { associationId, effectiveFromYear: parsed.year, ...data },
          select: { id: true },
        })
      ).id;
    }
    await tx.equityCapTier.createMany({
      data: values.capTiers.map((tier, index) => ({
        rulesId,
        order: index + 1,
        upTo: tier.upTo === null ? null : tier.upTo.toFixed(2),
        percent: tier.percent.toFixed(2),
      })),
    });
    const after = await loadAssociationRules(tx, associationId, parsed.year);
    await writeAuditEntry(tx, {
      associationId,
      personId: actor.personId,
      action: 'settings.rulesChanged',
      entityType: 'AssociationRules',
      entityId: rulesId,
      data: { year: parsed.year, ...changedFields(rulesSnapshot(before), rulesSnapshot(after)) },
    });
    return { year: parsed.year, version: after.version! };
  });
}

function fresh(rules: RulesForYear) {
  return { effectiveFromYear: rules.effectiveFromYear, version: rules.version };
}

/**
 * A change from `fromYear` governs the years up to the next stored row; an adopted plan among them
 * keeps the rules it was adopted with, so the change is refused (say which year).
 */
async function refuseAdoptedYears(db: Db, associationId: string, fromYear: number): Promise<void> {
  const rows = await db.associationRules.findMany({ where: { associationId }, select: { effectiveFromYear: true } });
  const governed = yearsGoverned(
    fromYear,
    rows.map((r) => r.effectiveFromYear),
  );
  const adopted = await db.plan.findFirst({
    where: {
      associationId,
      year: { gte: governed.from, ...(governed.to === null ? {} : { lte: governed.to }) },
      status: { in: ['ADOPTED', 'REVISED'] },
    },
    orderBy: { year: 'asc' },
    select: { year: true },
  });
  if (adopted) throw new ConflictError(t().adoptedYear(adopted.year));
}
