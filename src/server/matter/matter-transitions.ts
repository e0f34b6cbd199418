import 'server-only';
import { z } from 'zod';
import type { Prisma } from '@/generated/prisma/client';
import type { MatterStatus } from '@/generated/prisma/enums';
import type { MatterEvent } from '@/domain/matter/matter-status';
import { messages } from '@/i18n/catalog';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import { applyMatterEvent, loadMatter } from './change-matter-status';
import { id, version, type GovernanceDeps } from './governance-input';

const base = z.object({ associationId: id, matterId: id, version });

interface Step {
  event: MatterEvent;
  action: string;
  data?: (input: { reason?: string }) => Prisma.MatterUpdateManyMutationInput;
}

async function runStep(
  step: Step,
  parsed: { associationId: string; matterId: string; version: number; reason?: string },
  actor: Actor,
  deps: GovernanceDeps,
  permission: 'matter.prepare' | 'matter.raise' | 'meeting.manage',
): Promise<{ status: MatterStatus; version: number }> {
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, permission, { db, now: deps.now });
  return db.$transaction(async (tx) => {
    const matter = await loadMatter(tx, parsed.associationId, parsed.matterId);
    const extra = step.data?.(parsed) ?? {};
    const result = await applyMatterEvent(tx, matter, parsed.version, step.event, extra);
    const before: Record<string, unknown> = { status: matter.status };
    const after: Record<string, unknown> = { status: result.status };
    if ('returnReason' in extra) {
      before.returnReason = matter.returnReason;
      after.returnReason = extra.returnReason as string | null;
    }
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: step.action,
      entityType: 'Matter',
      entityId: matter.id,
      data: { before, after } as Prisma.InputJsonValue,
    });
    return result;
  });
}

export interface MatterStepInput {
  associationId: string;
  matterId: string;
  version: number;
}

/** The preparation group starts preparing a raised (or returned, or reopens a prepared) matter. */
export async function startMatterPreparation(input: MatterStepInput, actor: Actor, deps: GovernanceDeps = {}) {
  return runStep({ event: 'startPreparation', action: 'matter.preparationStarted' }, base.parse(input), actor, deps, 'matter.prepare');
}

/** The preparation is done: assessment and proposal are ready for the board's agenda. */
export async function markMatterPrepared(input: MatterStepInput, actor: Actor, deps: GovernanceDeps = {}) {
  return runStep({ event: 'markPrepared', action: 'matter.prepared' }, base.parse(input), actor, deps, 'matter.prepare');
}

const reasonSchema = base.extend({
  reason: z
    .string({ error: () => messages().governance.fields.reasonRequired })
    .trim()
    .min(1, { error: () => messages().governance.fields.reasonRequired })
    .max(2000, { error: () => messages().governance.fields.tooLong }),
});

/** Sends the matter back (återremiss) with a reason; it can be prepared again. */
export async function returnMatter(input: MatterStepInput & { reason: string }, actor: Actor, deps: GovernanceDeps = {}) {
  return runStep({ event: 'return', action: 'matter.returned', data: ({ reason }) => ({ returnReason: reason ?? null }) }, reasonSchema.parse(input), actor, deps, 'matter.prepare');
}

/** Withdraws the matter for good (the raiser or the office). */
export async function withdrawMatter(input: MatterStepInput, actor: Actor, deps: GovernanceDeps = {}) {
  return runStep({ event: 'withdraw', action: 'matter.withdrawn' }, base.parse(input), actor, deps, 'matter.raise');
}
