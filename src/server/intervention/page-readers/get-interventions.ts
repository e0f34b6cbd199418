// Page reader: checks no permission itself. It relies on the interventions page's requireAssociationAccess(slug,
// 'plan.read') (insatser).
import 'server-only';
import { prisma } from '@/server/db/client';

const STATUS_ORDER = { RUNNING: 0, DECIDED: 1, PROPOSED: 2, ENDED: 3 } as const;

/** The association's interventions, running ones first. */
export async function getInterventions(associationId: string) {
  const rows = await prisma.intervention.findMany({
    where: { associationId },
    orderBy: [{ startDate: 'desc' }, { name: 'asc' }],
    select: {
      id: true,
      name: true,
      kind: true,
      status: true,
      startDate: true,
      endDate: true,
      responsibleMembers: { select: { id: true, name: true }, orderBy: { order: 'asc' } },
      targetGroups: { select: { id: true, name: true }, orderBy: { priority: 'asc' } },
    },
  });
  return rows.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
}

export type InterventionListItem = Awaited<ReturnType<typeof getInterventions>>[number];
