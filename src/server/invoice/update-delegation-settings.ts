import 'server-only';
import Decimal from 'decimal.js';
import { z } from 'zod';
import { changedFields } from '@/domain/audit/changed-fields';
import { associationDay, ownAttestRightFields } from '@/domain/attest/delegation';
import type { Delegation } from '@/domain/attest/who-may-attest';
import { format, messages } from '@/i18n/catalog';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import { FieldValidationError, StaleVersionError } from '@/server/kernel/use-case-errors';
import { loadDelegationSettings } from './attest-context';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { id, version } from '@/server/kernel/input';

/** Only roles that may attest at all ('invoice.attest') can be chosen, so the rule never names a role that is refused anyway. */
export const ATTEST_BOARD_ROLES = ['CHAIR', 'VICE_CHAIR'] as const;

export interface UpdateDelegationSettingsInput {
  associationId: string;
  /** The number of decided changes as read (the settings' version); null when there were none. */
  version: number | null;
  /** The board's decision the change carries out: it takes effect from the decision's date. */
  decisionId: string;
  /** Prisbasbelopp as typed, e.g. "1" or "1,5". */
  directorAttestLimitPbb: string;
  attestAboveLimitRole: (typeof ATTEST_BOARD_ROLES)[number];
  attestSubstituteRole: (typeof ATTEST_BOARD_ROLES)[number];
  directorSubstituteRole: (typeof ATTEST_BOARD_ROLES)[number];
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
    decisionId: z
      .string({ error: () => t().decisionRequired })
      .trim()
      .min(1, { error: () => t().decisionRequired }),
    directorAttestLimitPbb: decimalText(
      () => t().limitInvalid,
      (v) => v.greaterThan(0) && v.lessThan(1000),
    ),
    attestAboveLimitRole: role,
    attestSubstituteRole: role,
    directorSubstituteRole: role,
  })
  .refine((value) => value.attestAboveLimitRole !== value.attestSubstituteRole, {
    path: ['attestSubstituteRole'],
    error: () => t().sameRole,
  });

function snapshot(settings: Delegation) {
  return {
    directorAttestLimitPbb: settings.directorAttestLimitPbb.toString(),
    attestAboveLimitRole: settings.attestAboveLimitRole,
    attestSubstituteRole: settings.attestSubstituteRole,
    directorSubstituteRole: settings.directorSubstituteRole,
  };
}

/**
 * Records a change of the association's delegationsordning for attest, as the board decided it:
 * the change refers to a decision of the association whose day has come and is in force from the
 * decision's date (a DelegationChange row; attests are judged by the delegation in force on their
 * day). Nobody changes a rule that concerns their own attest right (ownAttestRightFields): the
 * director does not record a change of the director's limit or substitute. Audited with before and after.
 */
export async function updateDelegationSettings(
  input: UpdateDelegationSettingsInput,
  actor: Actor,
  deps: UseCaseDeps = {},
) {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  const now = deps.now ?? new Date();
  const roles = await assertPermission(actor.personId, parsed.associationId, 'settings.edit', { db, now });
  const after: Delegation = {
    directorAttestLimitPbb: parsed.directorAttestLimitPbb,
    attestAboveLimitRole: parsed.attestAboveLimitRole,
    attestSubstituteRole: parsed.attestSubstituteRole,
    directorSubstituteRole: parsed.directorSubstituteRole,
  };

  return db.$transaction(async (tx) => {
    const decision = await tx.decision.findFirst({
      where: { id: parsed.decisionId, associationId: parsed.associationId, meeting: { body: 'BOARD' } },
      select: { id: true, decidedAt: true },
    });
    if (!decision) throw new FieldValidationError({ decisionId: t().decisionRequired });
    if (decision.decidedAt > now) throw new FieldValidationError({ decisionId: t().decisionNotYet });
    const effectiveFrom = associationDay(decision.decidedAt);

    const current = await loadDelegationSettings(tx, parsed.associationId, associationDay(now));
    if (current.version !== (parsed.version ?? 0))
      throw new StaleVersionError({ settings: { ...snapshot(current), version: current.version } });
    const before = await loadDelegationSettings(tx, parsed.associationId, effectiveFrom);

    const own = ownAttestRightFields(before, after, roles);
    if (own.length > 0) {
      const fields = own.map((field) => t().fieldNames[field]).join(', ');
      throw new AuthorizationError('FORBIDDEN', format(t().ownAttestRight, { fields }));
    }

    const change = await tx.delegationChange.create({
      data: {
        associationId: parsed.associationId,
        decisionId: decision.id,
        effectiveFrom: new Date(`${effectiveFrom}T00:00:00.000Z`),
        directorAttestLimitPbb: parsed.directorAttestLimitPbb.toFixed(3),
        attestAboveLimitRole: parsed.attestAboveLimitRole,
        attestSubstituteRole: parsed.attestSubstituteRole,
        directorSubstituteRole: parsed.directorSubstituteRole,
      },
      select: { id: true },
    });
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'settings.delegationChanged',
      entityType: 'AssociationSettings',
      entityId: parsed.associationId,
      data: {
        delegationChangeId: change.id,
        decisionId: decision.id,
        effectiveFrom,
        ...changedFields(snapshot(before), snapshot(after)),
      },
    });
    const fresh = await loadDelegationSettings(tx, parsed.associationId, associationDay(now));
    return { settings: { ...snapshot(fresh), version: fresh.version, effectiveFrom } };
  });
}
