// Page reader: checks no permission itself. It relies on the workflow page's requireAssociationAccess(slug,
// 'plan.read') (plan/arbetsgang) and the start page's (association.read) for the road summary.
import 'server-only';
import { loadAssociationRules } from '@/server/settings/load-association-rules';
import type { AuditAction } from '@/domain/audit/audit-actions';
import { chooseSheetPlan } from '@/domain/budget/sheet-columns';
import { calendarDateIn } from '@/domain/calendar/local-date';
import { daysToAdoptionDeadline, isAdoptedLate } from '@/domain/plan/adoption-deadline';
import { PLAN_ROAD, type PlanStatus } from '@/domain/plan/plan-workflow';
import type { PrismaClient } from '@/generated/prisma/client';
import { prisma } from '@/server/db/client';
import { loadBlockingBudgetErrors } from '../load-plan-budget-analysis';
import { OPEN_MATTER_STATUSES } from '../return-plan-to-draft';

/** The audit action that brought the plan to each status on the road. */
const REACHED_BY: Partial<Record<PlanStatus, AuditAction>> = {
  IN_PREPARATION: 'plan.sentToPreparation',
  IN_CONSULTATION: 'plan.sentToConsultation',
  ON_AGENDA: 'plan.putOnAgenda',
  ADOPTED: 'plan.adopted',
};

export interface WorkflowStep {
  status: PlanStatus;
  state: 'done' | 'current' | 'ahead';
  at: Date | null;
}

export interface WorkflowComment {
  id: string;
  sectionId: string | null;
  phase: 'PREPARATION' | 'CONSULTATION';
  author: string;
  body: string;
  createdAt: Date;
  reply: string | null;
  repliedBy: string | null;
  repliedAt: Date | null;
  version: number;
}

export interface PlanWorkflowView {
  plan: {
    id: string;
    year: number;
    versionNumber: number;
    title: string;
    status: PlanStatus;
    version: number;
    consultationSummary: string | null;
    adoptedAt: Date | null;
    lockedAt: Date | null;
  };
  years: number[];
  steps: WorkflowStep[];
  blockingErrors: string[];
  sections: { id: string; title: string; level: number }[];
  comments: WorkflowComment[];
  planMatter: { id: string; year: number; number: number; status: string } | null;
  conclusions: {
    id: string;
    year: number;
    question: string;
    conclusion: string;
    meetingTitle: string | null;
    meetingAt: Date | null;
    consideration: { text: string; version: number } | null;
  }[];
  deadline: { date: { year: number; month: number; day: number }; daysLeft: number };
  late: boolean;
}

/** Steps of the road with the date each was last reached (from the audit log); a revision's REVISED predecessor is not shown. */
export function workflowSteps(status: PlanStatus, createdAt: Date, reached: Map<string, Date>): WorkflowStep[] {
  const current = PLAN_ROAD.indexOf(status === 'REVISED' ? 'ADOPTED' : status);
  return PLAN_ROAD.map((step, index) => ({
    status: step,
    state: index < current ? 'done' : index === current ? 'current' : 'ahead',
    at: index > current ? null : step === 'DRAFT' ? createdAt : (reached.get(REACHED_BY[step]!) ?? null),
  }));
}

/**
 * The plan's road as the workflow page shows it: by default the newest plan in work (else the
 * current year's); `year` picks that year's latest version. Null without plans.
 */
export async function getPlanWorkflow(
  associationId: string,
  options: { year?: number; now: Date; db?: PrismaClient },
): Promise<PlanWorkflowView | null> {
  const db = options.db ?? prisma;
  const today = calendarDateIn(options.now);
  const plans = await db.plan.findMany({
    where: { associationId },
    select: { id: true, year: true, versionNumber: true, status: true },
  });
  const chosen = chooseSheetPlan(plans, today.year, { year: options.year });
  if (!chosen) return null;

  const plan = await db.plan.findUniqueOrThrow({
    where: { id: chosen.id },
    select: {
      id: true,
      associationId: true,
      year: true,
      versionNumber: true,
      title: true,
      status: true,
      version: true,
      consultationSummary: true,
      adoptedAt: true,
      lockedAt: true,
      createdAt: true,
    },
  });
  const [audit, blockingErrors, sections, comments, matter, conclusions, settings] = await Promise.all([
    db.auditLog.findMany({
      where: { associationId, entityType: 'Plan', entityId: plan.id, action: { in: Object.values(REACHED_BY) } },
      orderBy: { at: 'asc' },
      select: { action: true, at: true },
    }),
    ['ADOPTED', 'REVISED'].includes(plan.status) ? Promise.resolve([]) : loadBlockingBudgetErrors(db, plan),
    db.planSection.findMany({
      where: { planId: plan.id },
      orderBy: { order: 'asc' },
      select: { id: true, title: true, level: true },
    }),
    db.planComment.findMany({
      where: { planId: plan.id },
      orderBy: { createdAt: 'asc' },
      select: {
        id: true,
        sectionId: true,
        phase: true,
        body: true,
        createdAt: true,
        reply: true,
        repliedAt: true,
        version: true,
        author: { select: { name: true } },
        repliedBy: { select: { name: true } },
      },
    }),
    db.matter.findFirst({
      where: { associationId, planId: plan.id, kind: 'PLAN' },
      orderBy: { createdAt: 'desc' },
      select: { id: true, year: true, number: true, status: true },
    }),
    db.consultationConclusion.findMany({
      where: { associationId, year: plan.year - 1 },
      orderBy: [{ order: 'asc' }, { createdAt: 'asc' }],
      select: {
        id: true,
        year: true,
        question: true,
        conclusion: true,
        meeting: { select: { title: true, startsAt: true } },
        considerations: { where: { planId: plan.id }, select: { text: true, version: true } },
      },
    }),
    loadAssociationRules(db, associationId, plan.year),
  ]);
  const reached = new Map(audit.map((entry) => [entry.action, entry.at]));
  const month = settings.adoptionDeadlineMonth;
  const day = settings.adoptionDeadlineDay;

  return {
    plan: {
      id: plan.id,
      year: plan.year,
      versionNumber: plan.versionNumber,
      title: plan.title,
      status: plan.status,
      version: plan.version,
      consultationSummary: plan.consultationSummary,
      adoptedAt: plan.adoptedAt,
      lockedAt: plan.lockedAt,
    },
    years: [...new Set(plans.map((p) => p.year))].sort((a, b) => a - b),
    steps: workflowSteps(plan.status, plan.createdAt, reached),
    blockingErrors,
    sections,
    comments: comments.map((c) => ({
      id: c.id,
      sectionId: c.sectionId,
      phase: c.phase,
      author: c.author.name,
      body: c.body,
      createdAt: c.createdAt,
      reply: c.reply,
      repliedBy: c.repliedBy?.name ?? null,
      repliedAt: c.repliedAt,
      version: c.version,
    })),
    planMatter:
      matter && (OPEN_MATTER_STATUSES as readonly string[]).includes(matter.status)
        ? matter
        : matter?.status === 'DECIDED'
          ? matter
          : null,
    conclusions: conclusions.map((c) => ({
      id: c.id,
      year: c.year,
      question: c.question,
      conclusion: c.conclusion,
      meetingTitle: c.meeting?.title ?? null,
      meetingAt: c.meeting?.startsAt ?? null,
      consideration: c.considerations[0] ?? null,
    })),
    deadline: {
      date: { year: plan.year - 1, month, day },
      daysLeft: daysToAdoptionDeadline(today, plan.year, month, day),
    },
    late:
      plan.adoptedAt !== null &&
      isAdoptedLate({
        planYear: plan.year,
        decidedOn: calendarDateIn(plan.adoptedAt),
        deadlineMonth: month,
        deadlineDay: day,
      }),
  };
}

export interface PlanRoadSummary {
  planYear: number;
  plan: { id: string; title: string; status: PlanStatus; versionNumber: number } | null;
  steps: WorkflowStep[];
  daysLeft: number;
  deadline: { year: number; month: number; day: number };
  late: boolean;
}

/** Where next year's plan stands (its latest version), for the dashboard: the road, days left to the deadline, late adoption. */
export async function getPlanRoadSummary(
  associationId: string,
  options: { now: Date; db?: PrismaClient },
): Promise<PlanRoadSummary> {
  const db = options.db ?? prisma;
  const today = calendarDateIn(options.now);
  const planYear = today.year + 1;
  const [plan, settings] = await Promise.all([
    db.plan.findFirst({
      where: { associationId, year: planYear },
      orderBy: { versionNumber: 'desc' },
      select: { id: true, title: true, status: true, versionNumber: true, createdAt: true, adoptedAt: true },
    }),
    loadAssociationRules(db, associationId, planYear),
  ]);
  const month = settings.adoptionDeadlineMonth;
  const day = settings.adoptionDeadlineDay;
  const audit = plan
    ? await db.auditLog.findMany({
        where: { associationId, entityType: 'Plan', entityId: plan.id, action: { in: Object.values(REACHED_BY) } },
        orderBy: { at: 'asc' },
        select: { action: true, at: true },
      })
    : [];
  return {
    planYear,
    plan: plan ? { id: plan.id, title: plan.title, status: plan.status, versionNumber: plan.versionNumber } : null,
    steps: plan ? workflowSteps(plan.status, plan.createdAt, new Map(audit.map((a) => [a.action, a.at]))) : [],
    daysLeft: daysToAdoptionDeadline(today, planYear, month, day),
    deadline: { year: planYear - 1, month, day },
    late: plan?.adoptedAt
      ? isAdoptedLate({ planYear, decidedOn: calendarDateIn(plan.adoptedAt), deadlineMonth: month, deadlineDay: day })
      : false,
  };
}
