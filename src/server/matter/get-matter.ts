import 'server-only';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { prisma } from '@/server/db/client';
import { toKronorOrNull } from '@/server/money/to-kronor';
import type { UseCaseDeps } from '@/server/kernel/deps';

/** One matter with its attachments, agenda items and history (from the audit log); null when not in this association. */
export async function getMatter(associationId: string, matterId: string, actor: Actor, options: UseCaseDeps = {}) {
  const db = options.db ?? prisma;
  await assertPermission(actor.personId, associationId, 'matter.read', { db });
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
  return {
    ...matter,
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

/** Members the matter can come from (for the raise form). */
export async function getMatterFormOptions(associationId: string) {
  return {
    members: await prisma.member.findMany({
      where: { associationId },
      orderBy: { order: 'asc' },
      select: { id: true, name: true },
    }),
  };
}
