// Page reader: checks no permission itself. It relies on the start page's requireAssociationAccess(slug,
// 'association.read') (forbund/[slug]).
import 'server-only';
import { loadAssociationRules } from '@/server/settings/load-association-rules';
import type { MemberKind } from '@/generated/prisma/enums';
import { calendarDateIn } from '@/domain/calendar/local-date';
import { adoptionDeadlineNotice, type AdoptionDeadlineNotice } from '@/domain/plan/adoption-deadline';
import type { PrismaClient } from '@/generated/prisma/client';
import { prisma } from '@/server/db/client';
import { findPlan, type PlanChoice } from '@/server/plan-version/find-plan';
import { getBudget, type PlanBudget } from './get-budget';

const OPEN_MATTER_STATUSES = ['RAISED', 'IN_PREPARATION', 'PREPARED', 'ON_AGENDA'] as const;
const ACTIVE_INTERVENTION_STATUSES = ['DECIDED', 'RUNNING'] as const;
const ADOPTED_PLAN_STATUSES = ['ADOPTED', 'REVISED'] as const;

export interface Dashboard extends PlanChoice {
  budget: PlanBudget | null;
  members: { id: string; name: string; kind: MemberKind }[];
  counts: {
    interventions: number;
    goals: number;
    upcomingMeetings: number;
    openMatters: number;
    invoicesAwaitingAttest: number;
  };
  deadline: AdoptionDeadlineNotice | null;
}

export async function getDashboard(
  associationId: string,
  options: { now: Date; requestedYear: number | null; db?: PrismaClient },
): Promise<Dashboard> {
  const db = options.db ?? prisma;
  const today = calendarDateIn(options.now);
  const choice = await findPlan(associationId, today.year, options.requestedYear, db);
  const planId = choice.plan?.id;

  const [
    budget,
    members,
    settings,
    nextYearAdopted,
    interventions,
    goals,
    upcomingMeetings,
    openMatters,
    invoicesAwaitingAttest,
  ] = await Promise.all([
    choice.plan ? getBudget(choice.plan.id, choice.plan.year, db) : null,
    db.member.findMany({
      where: { associationId },
      orderBy: [{ order: 'asc' }, { name: 'asc' }],
      select: { id: true, name: true, kind: true },
    }),
    loadAssociationRules(db, associationId, today.year + 1),
    db.plan.count({ where: { associationId, year: today.year + 1, status: { in: [...ADOPTED_PLAN_STATUSES] } } }),
    db.intervention.count({ where: { associationId, status: { in: [...ACTIVE_INTERVENTION_STATUSES] } } }),
    planId ? db.goal.count({ where: { planId } }) : 0,
    db.meeting.count({ where: { associationId, startsAt: { gte: options.now }, status: { not: 'CANCELLED' } } }),
    db.matter.count({ where: { associationId, status: { in: [...OPEN_MATTER_STATUSES] } } }),
    db.invoice.count({ where: { associationId, status: 'RECEIVED' } }),
  ]);

  const deadline = adoptionDeadlineNotice({
    today,
    deadlineMonth: settings.adoptionDeadlineMonth,
    deadlineDay: settings.adoptionDeadlineDay,
    nextYearAdopted: nextYearAdopted > 0,
  });

  return {
    ...choice,
    budget,
    members,
    counts: { interventions, goals, upcomingMeetings, openMatters, invoicesAwaitingAttest },
    deadline,
  };
}
