import 'server-only';
import type { Prisma } from '@/generated/prisma/client';

/** An intervention's own fields as the form edits them, without its links. */
export const INTERVENTION_FIELDS_SELECT = {
  id: true,
  name: true,
  kind: true,
  status: true,
  description: true,
  startDate: true,
  endDate: true,
  implementationPlan: true,
  fundingDecisionId: true,
  version: true,
} as const satisfies Prisma.InterventionSelect;
