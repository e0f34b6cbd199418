import 'server-only';
import Decimal from 'decimal.js';
import { z } from 'zod';
import { parseKronor } from '@/domain/money/kronor';
import { validAgeBandLimits } from '@/domain/results/periods';
import { messages } from '@/i18n/catalog';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { prisma } from '@/server/db/client';
import { ConflictError, StaleVersionError } from '@/server/kernel/use-case-errors';
import { loadResultsSettings } from './results-input';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { writeAssociationSettings } from '@/server/kernel/write-association-settings';
import { id, version } from '@/server/kernel/input';

const t = () => messages().results.socio;

const schema = z.object({
  associationId: id,
  /** The settings' version as read; null when the association had none stored. */
  version: version.nullable(),
  monthly: z
    .string()
    .max(40)
    .transform((text, ctx): Decimal => {
      const value = parseKronor(text);
      if (value === null || value.isNegative() || value.greaterThanOrEqualTo(1e9)) {
        ctx.addIssue({ code: 'custom', message: t().monthlyInvalid });
        return z.NEVER;
      }
      return value;
    }),
  months: z.coerce
    .number({ error: () => t().monthsInvalid })
    .int({ error: () => t().monthsInvalid })
    .min(1, { error: () => t().monthsInvalid })
    .max(120, { error: () => t().monthsInvalid }),
  ageBandLimits: z
    .string()
    .max(100)
    .transform((text, ctx): number[] => {
      const parts = text.split(/[,;\s]+/).filter(Boolean);
      const limits = parts.map(Number);
      if (!parts.every((p) => /^\d+$/.test(p)) || !validAgeBandLimits(limits)) {
        ctx.addIssue({ code: 'custom', message: t().ageBandLimitsInvalid });
        return z.NEVER;
      }
      return limits;
    }),
});
export type UpdateSocioEconomicSettingsInput = z.input<typeof schema>;

/**
 * The socio-economic model's parameters (kronor per person and month, months) and the age bands
 * of the statistics. Age bands cannot change while statistics with another number of bands exist.
 */
export async function updateSocioEconomicSettings(
  input: UpdateSocioEconomicSettingsInput,
  actor: Actor,
  deps: UseCaseDeps = {},
) {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'results.edit', { db, now: deps.now });
  const data = {
    socioEconomicMonthly: parsed.monthly.toFixed(2),
    socioEconomicMonths: parsed.months,
    ageBandLimits: parsed.ageBandLimits,
  };

  return db.$transaction(async (tx) => {
    const before = await loadResultsSettings(tx, parsed.associationId);
    if (before.ageBandLimits.length !== parsed.ageBandLimits.length) {
      const used = await tx.participantStats.count({
        where: { intervention: { associationId: parsed.associationId }, NOT: { ageBandCounts: { isEmpty: true } } },
      });
      if (used > 0) throw new ConflictError(t().ageBandLimitsInUse);
    }
    const written = await writeAssociationSettings(tx, parsed.associationId, parsed.version, data);
    const snapshot = (s: typeof before) => ({
      socioEconomicMonthly: s.monthly.toFixed(),
      socioEconomicMonths: s.months,
      ageBandLimits: s.ageBandLimits,
    });
    if (!written) throw new StaleVersionError({ ...snapshot(before), version: before.version });
    const after = await loadResultsSettings(tx, parsed.associationId);
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'settings.resultsChanged',
      entityType: 'AssociationSettings',
      entityId: parsed.associationId,
      data: { before: snapshot(before), after: snapshot(after) },
    });
    return { ...snapshot(after), version: after.version! };
  });
}
