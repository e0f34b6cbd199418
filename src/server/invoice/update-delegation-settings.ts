import 'server-only';
import Decimal from 'decimal.js';
import { z } from 'zod';
import { changedFields } from '@/domain/audit/changed-fields';
import { messages } from '@/i18n/catalog';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import { StaleVersionError } from '@/server/kernel/use-case-errors';
import { loadDelegationSettings } from './attest-context';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { writeAssociationSettings } from '@/server/kernel/write-association-settings';
import { id, version } from '@/server/kernel/input';

/** Only roles that may attest at all ('invoice.attest') can be chosen, so the rule never names a role that is refused anyway. */
export const ATTEST_BOARD_ROLES = ['CHAIR', 'VICE_CHAIR'] as const;

export interface UpdateDelegationSettingsInput {
  associationId: string;
  /** The settings' version as read; null when the association had none stored. */
  version: number | null;
  /** Prisbasbelopp as typed, e.g. "1" or "1,5". */
  directorAttestLimitPbb: string;
  /** Percent as typed, e.g. "25". */
  vatPercent: string;
  attestAboveLimitRole: (typeof ATTEST_BOARD_ROLES)[number];
  attestSubstituteRole: (typeof ATTEST_BOARD_ROLES)[number];
}

const t = () => messages().attest.settings;
const decimalText = (message: () => string, check: (value: Decimal) => boolean) =>
  z
    .string({ error: message })
    .max(20)
    .transform((text, ctx): Decimal => {
      const cleaned = text.replace(/[\s\u00a0%]/g, '').replace(',', '.');
      const value = /^\d+(\.\d{1,3})?$/.test(cleaned) ? new Decimal(cleaned) : null;
      if (!value || !check(value)) {
        ctx.addIssue({ code: 'custom', message: message() });
        return z.NEVER;
      }
      return value;
    });
const role = z.enum(ATTEST_BOARD_ROLES, { error: () => t().roleInvalid });

const schema = z
  .object({
    associationId: id,
    version: version.nullable(),
    directorAttestLimitPbb: decimalText(
      () => t().limitInvalid,
      (v) => v.greaterThan(0) && v.lessThan(1000),
    ),
    vatPercent: decimalText(
      () => t().vatInvalid,
      (v) => v.greaterThanOrEqualTo(0) && v.lessThanOrEqualTo(100),
    ),
    attestAboveLimitRole: role,
    attestSubstituteRole: role,
  })
  .refine((value) => value.attestAboveLimitRole !== value.attestSubstituteRole, {
    path: ['attestSubstituteRole'],
    error: () => t().sameRole,
  });

function snapshot(settings: Awaited<ReturnType<typeof loadDelegationSettings>>) {
  return {
    directorAttestLimitPbb: settings.directorAttestLimitPbb.toString(),
    vatRate: settings.vatRate.toString(),
    attestAboveLimitRole: settings.attestAboveLimitRole,
    attestSubstituteRole: settings.attestSubstituteRole,
  };
}

/** Changes the association's delegationsordning for attest; the change is audited with before and after. */
export async function updateDelegationSettings(
  input: UpdateDelegationSettingsInput,
  actor: Actor,
  deps: UseCaseDeps = {},
) {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'settings.edit', { db, now: deps.now });
  const data = {
    directorAttestLimitPbb: parsed.directorAttestLimitPbb.toFixed(3),
    vatRate: parsed.vatPercent.dividedBy(100).toFixed(4),
    attestAboveLimitRole: parsed.attestAboveLimitRole,
    attestSubstituteRole: parsed.attestSubstituteRole,
  };

  return db.$transaction(async (tx) => {
    const before = await loadDelegationSettings(tx, parsed.associationId);
    const written = await writeAssociationSettings(tx, parsed.associationId, parsed.version, data);
    if (!written) throw new StaleVersionError({ settings: { ...snapshot(before), version: before.version } });
    const after = await loadDelegationSettings(tx, parsed.associationId);
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'settings.delegationChanged',
      entityType: 'AssociationSettings',
      entityId: parsed.associationId,
      data: changedFields(snapshot(before), snapshot(after)),
    });
    return { settings: { ...snapshot(after), version: after.version! } };
  });
}
