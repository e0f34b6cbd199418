import 'server-only';
import { z } from 'zod';
import { mayActAsRaiser, memberForRaising } from '@/domain/matter/matter-rights';
import { isMatterDetailsEditable } from '@/domain/matter/matter-status';
import { format, messages } from '@/i18n/catalog';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import { ConflictError, FieldValidationError, StaleVersionError } from '@/server/kernel/use-case-errors';
import { freshMatter, loadMatter } from './change-matter-status';
import { dateOf } from './governance-input';
import { loadMemberTies, raiseRefusal } from './member-ties';
import { matterDetailsSchema, type RaiseMatterInput } from './raise-matter';
import { id, version } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';

export type UpdateMatterInput = Omit<RaiseMatterInput, 'kind'> & { matterId: string; version: number };

const schema = z.intersection(z.object({ associationId: id, matterId: id, version }), matterDetailsSchema);

const isoOf = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** Changes a matter's details (title, description, member, requested amount, period) until it is prepared. */
export async function updateMatter(
  input: UpdateMatterInput,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<{ version: number }> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  const { associationId } = parsed;
  // The raiser's side of a matter (the preparation group holds matter.raise too).
  const now = deps.now ?? new Date();
  const roles = await assertPermission(actor.personId, associationId, 'matter.raise', { db, now });
  // A member representative changes only their own member's matters, and keeps them their member's (ADR 036).
  const ties = await loadMemberTies(db, actor.personId, associationId, now);
  const forMember = memberForRaising({
    roles,
    representedMemberIds: ties.representedMemberIds,
    requestedMemberId: parsed.raisedByMemberId,
  });
  if ('refusal' in forMember) throw raiseRefusal(forMember.refusal);
  const raisedByMemberId = forMember.memberId;

  return db.$transaction(async (tx) => {
    const matter = await loadMatter(tx, associationId, parsed.matterId);
    if (!mayActAsRaiser({ personId: actor.personId, roles, representedMemberIds: ties.representedMemberIds }, matter))
      throw new AuthorizationError('FORBIDDEN', messages().governance.refusals.notYourMatter);
    if (matter.version !== parsed.version) throw new StaleVersionError(await freshMatter(tx, associationId, matter.id));
    if (!isMatterDetailsEditable(matter.status)) {
      throw new ConflictError(
        format(messages().governance.refusals.matterNotEditable, {
          status: messages().areas.matterStatus[matter.status].toLowerCase(),
        }),
      );
    }
    if (
      raisedByMemberId &&
      !(await tx.member.findFirst({ where: { id: raisedByMemberId, associationId }, select: { id: true } }))
    ) {
      throw new FieldValidationError({ raisedByMemberId: messages().governance.fields.memberUnknown });
    }
    const before = {
      title: matter.title,
      description: matter.description,
      raisedByMemberId: matter.raisedByMemberId,
      requestedAmount: matter.requestedAmount?.toFixed(2) ?? null,
      periodStart: isoOf(matter.periodStart),
      periodEnd: isoOf(matter.periodEnd),
    };
    const after = {
      title: parsed.title,
      description: parsed.description,
      raisedByMemberId,
      requestedAmount: parsed.requestedAmount?.toFixed(2) ?? null,
      periodStart: parsed.periodStart ?? null,
      periodEnd: parsed.periodEnd ?? null,
    };
    const { count } = await tx.matter.updateMany({
      where: { id: matter.id, version: parsed.version },
      data: {
        title: after.title,
        description: after.description,
        raisedByMemberId: after.raisedByMemberId,
        requestedAmount: after.requestedAmount,
        periodStart: after.periodStart ? dateOf(after.periodStart) : null,
        periodEnd: after.periodEnd ? dateOf(after.periodEnd) : null,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new StaleVersionError(await freshMatter(tx, associationId, matter.id));
    const changed = (Object.keys(after) as (keyof typeof after)[]).filter((key) => before[key] !== after[key]);
    await writeAuditEntry(tx, {
      associationId,
      personId: actor.personId,
      action: 'matter.updated',
      entityType: 'Matter',
      entityId: matter.id,
      data: {
        before: Object.fromEntries(changed.map((k) => [k, before[k]])),
        after: Object.fromEntries(changed.map((k) => [k, after[k]])),
      },
    });
    return { version: parsed.version + 1 };
  });
}
