import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { MatterStatus } from '@/generated/prisma/enums';
import { nextMatterStatus, type MatterEvent } from '@/domain/matter/matter-status';
import { format, messages } from '@/i18n/catalog';
import { ConflictError, StaleVersionError } from '@/server/kernel/use-case-errors';
import { loadOwned } from '@/server/kernel/load-owned';

export interface FreshMatter {
  id: string;
  status: MatterStatus;
  version: number;
  assessment: string;
  proposedDecision: string;
}

const freshSelect = { id: true, status: true, version: true, assessment: true, proposedDecision: true } as const;

/** The matter as stored now (for a StaleVersionError), or null. */
export async function freshMatter(
  tx: Prisma.TransactionClient,
  associationId: string,
  matterId: string,
): Promise<FreshMatter | null> {
  return tx.matter.findFirst({ where: { id: matterId, associationId }, select: freshSelect });
}

/** Loads the matter of this association, refusing a missing one (the same answer as another association's). */
export async function loadMatter(tx: Prisma.TransactionClient, associationId: string, matterId: string) {
  return loadOwned(
    (where) => tx.matter.findFirst({ where }),
    associationId,
    matterId,
    messages().governance.refusals.matterNotFound,
  );
}

/** The status after `event`, or ConflictError naming the status and the event. */
export function requireTransition(from: MatterStatus, event: MatterEvent): MatterStatus {
  const to = nextMatterStatus(from, event);
  if (!to) {
    const t = messages();
    throw new ConflictError(
      format(t.governance.refusals.matterTransition, {
        status: t.areas.matterStatus[from].toLowerCase(),
        event: t.governance.matterEventVerb[event],
      }),
    );
  }
  return to;
}

/**
 * Moves the matter by `event` if it is still at `version` (and status `from`), with extra data.
 * Throws StaleVersionError with the stored matter when someone else changed it.
 */
export async function applyMatterEvent(
  tx: Prisma.TransactionClient,
  matter: { id: string; associationId: string; status: MatterStatus; version: number },
  version: number,
  event: MatterEvent,
  data: Prisma.MatterUpdateManyMutationInput = {},
): Promise<{ status: MatterStatus; version: number }> {
  if (matter.version !== version) throw new StaleVersionError(await freshMatter(tx, matter.associationId, matter.id));
  const to = requireTransition(matter.status, event);
  const { count } = await tx.matter.updateMany({
    where: { id: matter.id, associationId: matter.associationId, version, status: matter.status },
    data: { ...data, status: to, version: { increment: 1 } },
  });
  if (count === 0) throw new StaleVersionError(await freshMatter(tx, matter.associationId, matter.id));
  return { status: to, version: version + 1 };
}
