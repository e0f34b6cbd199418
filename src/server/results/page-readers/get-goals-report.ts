// Page reader: no permission check of its own. It relies on the page's
// requireAssociationAccess(slug, 'reports.read') (resultat/mal).
import 'server-only';
import type { PrismaClient } from '@/generated/prisma/client';
import { prisma } from '@/server/db/client';
import { listPlanYears } from '@/server/plan-version/find-plan';
import { loadGoalOutcomes } from '../goal-outcomes';

/** The goals report of one year: the plan's goals with their outcomes, and the years that have a plan (ascending). */
export async function getGoalsReport(associationId: string, year: number, db: PrismaClient = prisma) {
  const [outcomes, planYears] = await Promise.all([
    loadGoalOutcomes(db, associationId, year),
    listPlanYears(associationId, db),
  ]);
  return { ...outcomes, planYears };
}
