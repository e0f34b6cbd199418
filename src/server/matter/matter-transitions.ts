import 'server-only';
import type { AuditAction } from '@/domain/audit/audit-actions';
import { z } from 'zod';
import type { Prisma } from '@/generated/prisma/client';
import type { MatterStatus } from '@/generated/prisma/enums';
import type { Role } from '@/domain/authz/roles';
import type { MatterEvent } from '@/domain/matter/matter-status';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import { applyMatterEvent, loadMatter } from './change-matter-status';
import { id, version } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';

export const matterStepSchema = z.object({ associationId: id, matterId: id, version });

interface Step {
  event: MatterEvent;
  action: AuditAction;
  data?: (input: { reason?: string }) => Prisma.MatterUpdateManyMutationInput;
  /** A rule on this matter beyond the role (throws its own refusal), e.g. who may withdraw it. */
  check?: (matter: { raisedById: string; raisedByMemberId: string | null }, roles: Role[]) => void;
}

/** One life-cycle step: permission, the transition at the version seen, one audit entry, one transaction. */
export async function runMatterStep(
  step: Step,
  parsed: { associationId: string; matterId: string; version: number; reason?: string },
  actor: Actor,
  deps: UseCaseDeps,
  permission: 'matter.prepare' | 'matter.raise' | 'meeting.manage',
): Promise<{ status: MatterStatus; version: number }> {
  const db = deps.db ?? prisma;
  const roles = await assertPermission(actor.personId, parsed.associationId, permission, { db, now: deps.now });
  return db.$transaction(async (tx) => {
    const matter = await loadMatter(tx, parsed.associationId, parsed.matterId);
    step.check?.(matter, roles);
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
