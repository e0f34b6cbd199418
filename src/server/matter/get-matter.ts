import 'server-only';
import { may } from '@/domain/authz/permissions';
import {
  conflictOfInterest,
  mayActAsRaiser,
  mayWithdrawMatter,
  raisesForAnyMember,
} from '@/domain/matter/matter-rights';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { prisma } from '@/server/db/client';
import { toKronorOrNull } from '@/server/money/to-kronor';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { loadMemberTies } from './member-ties';

/**
 * One matter with its attachments, agenda items and history (from the audit log), and what the
 * reader may do with it (ADR 036: attach, withdraw, the jäv warning when preparing); null when not in
 * this association.
 */
export async function getMatter(associationId: string, matterId: string, actor: Actor, options: UseCaseDeps = {}) {
  const db = options.db ?? prisma;
  const now = options.now ?? new Date();
  const roles = await assertPermission(actor.personId, associationId, 'matter.read', { db, now });
  const ties = await loadMemberTies(db, actor.personId, associationId, now);
  const matter = await db.matter.findFirst({
    where: { id: matterId, associationId },
    include: {
      raisedBy: { select: { name: true } },
      raisedByMember: { select: { id: true, name: true } },
      attachments: {
        orderBy: { createdAt: 'asc' },
        select: { id: true, fileName: true, sizeBytes: true, createdAt: true },
      },
      agendaItems: { select: { id: true, meeting: { select: { id: true, title: true, startsAt: true, body: true } } } },
    },
  });
  if (!matter) return null;
  const history = await db.auditLog.findMany({
    where: { associationId, entityType: 'Matter', entityId: matterId },
    orderBy: { at: 'asc' },
    select: { id: true, at: true, action: true, data: true, person: { select: { name: true } } },
  });
  const person = { personId: actor.personId, roles, ...ties };
  return {
    ...matter,
    viewer: {
      mayAttach: may(roles, 'matter.raise') && mayActAsRaiser(person, matter),
      mayWithdraw: may(roles, 'matter.raise') && mayWithdrawMatter(person, matter),
      conflict: may(roles, 'matter.prepare') ? conflictOfInterest(person, matter) : null,
    },
    requestedAmount: toKronorOrNull(matter.requestedAmount),
    history: history.map((h) => ({
      id: h.id.toString(),
      at: h.at,
      action: h.action,
      personName: h.person?.name ?? null,
      data: h.data as { before?: { status?: string }; after?: { status?: string } } | null,
    })),
  };
}

export type MatterDetails = NonNullable<Awaited<ReturnType<typeof getMatter>>>;

/**
 * Members the matter can come from (for the raise form): all of them, or for a member representative
 * only the members they represent today (ADR 036).
 */
export async function getMatterFormOptions(associationId: string, actor: Actor, options: UseCaseDeps = {}) {
  const db = options.db ?? prisma;
  const now = options.now ?? new Date();
  // Reads only: the page itself asks for matter.raise (requireAssociationAccess).
  const roles = await assertPermission(actor.personId, associationId, 'matter.read', { db, now });
  const ties = await loadMemberTies(db, actor.personId, associationId, now);
  const anyMember = raisesForAnyMember(roles);
  return {
    anyMember,
    members: await db.member.findMany({
      where: anyMember ? { associationId } : { associationId, id: { in: ties.representedMemberIds } },
      orderBy: { order: 'asc' },
      select: { id: true, name: true },
    }),
  };
}
