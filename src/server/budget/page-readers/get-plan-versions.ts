// Page reader: checks no permission itself. It relies on the versions page's requireAssociationAccess(slug,
// 'plan.read') (budget/versioner).
import 'server-only';
import { calendarDateIn } from '@/domain/calendar/local-date';
import { choosePlanYear } from '@/domain/plan/choose-plan-year';
import type { PrismaClient } from '@/generated/prisma/client';
import type { PlanStatus } from '@/generated/prisma/enums';
import { prisma } from '@/server/db/client';

export interface DecisionChoice {
  id: string;
  text: string;
  decidedAt: Date;
  meetingTitle: string;
}

export interface PlanVersionRow {
  id: string;
  versionNumber: number;
  status: PlanStatus;
  title: string;
  adoptedAt: Date | null;
  decision: DecisionChoice | null;
  previousVersionId: string | null;
}

export interface PlanVersions {
  years: number[];
  year: number | null;
  /** Ascending by version number. */
  versions: PlanVersionRow[];
  /** Board decisions not yet used to adopt a plan, newest first. */
  boardDecisions: DecisionChoice[];
}

const decisionSelect = { id: true, text: true, decidedAt: true, meeting: { select: { title: true } } } as const;
const toChoice = ({
  meeting,
  ...decision
}: {
  id: string;
  text: string;
  decidedAt: Date;
  meeting: { title: string };
}): DecisionChoice => ({
  ...decision,
  meetingTitle: meeting.title,
});

/** A plan year's versions with their adoption decisions, and the board decisions a revision can be adopted by. */
export async function getPlanVersions(
  associationId: string,
  options: { year?: number | null; now?: Date; db?: PrismaClient } = {},
): Promise<PlanVersions> {
  const db = options.db ?? prisma;
  const rows = await db.plan.findMany({
    where: { associationId },
    select: { year: true },
    distinct: ['year'],
    orderBy: { year: 'asc' },
  });
  const years = rows.map((row) => row.year);
  const year = choosePlanYear(years, calendarDateIn(options.now ?? new Date()).year, options.year ?? null);
  if (year === null) return { years, year, versions: [], boardDecisions: [] };
  const plans = await db.plan.findMany({
    where: { associationId, year },
    orderBy: { versionNumber: 'asc' },
    select: {
      id: true,
      versionNumber: true,
      status: true,
      title: true,
      adoptedAt: true,
      previousVersionId: true,
      adoptionDecision: { select: decisionSelect },
    },
  });
  const decisions = await db.decision.findMany({
    where: { associationId, meeting: { body: 'BOARD' }, adoptedPlan: { is: null } },
    orderBy: [{ decidedAt: 'desc' }, { createdAt: 'desc' }],
    select: decisionSelect,
  });
  const versions = plans.map(({ adoptionDecision, ...plan }) => ({
    ...plan,
    decision: adoptionDecision ? toChoice(adoptionDecision) : null,
  }));
  return { years, year, versions, boardDecisions: decisions.map(toChoice) };
}
