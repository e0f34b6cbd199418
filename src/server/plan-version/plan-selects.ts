import 'server-only';
import type { Prisma } from '@/generated/prisma/client';

/** What a plan's heading shows: year, version, title, status and when it was adopted. */
export const PLAN_HEADING_SELECT = {
  id: true,
  year: true,
  versionNumber: true,
  title: true,
  status: true,
  adoptedAt: true,
  adoptionDecision: { select: { decidedAt: true } },
} as const satisfies Prisma.PlanSelect;

/** A goal as the plan states it: level, place, text, target and indicator. */
export const GOAL_STATEMENT_SELECT = {
  id: true,
  level: true,
  order: true,
  text: true,
  targetKind: true,
  targetValue: true,
  indicator: true,
} as const satisfies Prisma.GoalSelect;

/** A budget line's own fields, without its amounts. */
export const BUDGET_LINE_FIELDS_SELECT = {
  id: true,
  version: true,
  name: true,
  type: true,
  category: true,
  order: true,
  outsideTotal: true,
  note: true,
  memberId: true,
} as const satisfies Prisma.BudgetLineSelect;
