// Page reader: no permission check of its own. It relies on the page's
// requireAssociationAccess(slug, 'plan.read') and is only called when the roles allow intervention.edit.
import 'server-only';
import type { PrismaClient } from '@/generated/prisma/client';
import { prisma } from '@/server/db/client';

/** What the new-intervention form offers: the members, the decisions taken, the target groups of the plan shown. */
export async function getInterventionFormOptions(
  associationId: string,
  planId: string | null,
  db: PrismaClient = prisma,
) {
  const [members, decisions, targetGroups] = await Promise.all([
    db.member.findMany({
      where: { associationId },
      orderBy: [{ order: 'asc' }, { name: 'asc' }],
      select: { id: true, name: true },
    }),
    db.decision.findMany({
      where: { associationId },
      orderBy: { decidedAt: 'desc' },
      select: { id: true, text: true, decidedAt: true },
    }),
    planId
      ? db.targetGroup.findMany({
          where: { planId, plan: { associationId } },
          orderBy: { priority: 'asc' },
          select: { id: true, name: true },
        })
      : [],
  ]);
  return { members, decisions, targetGroups };
}
