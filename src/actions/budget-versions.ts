'use server';

import type { Actor } from '@/server/authz/session-actor';
import { adoptBudgetRevision } from '@/server/budget/adopt-budget-revision';
import { startBudgetRevision } from '@/server/budget/start-budget-revision';
import { associationAction } from '@/server/http/association-action';

const revalidate = ['/budget'];

// These use cases take the person first.
export const startBudgetRevisionAction = associationAction(
  (input: { associationId: string; planId: string }, actor: Actor) => startBudgetRevision(actor.personId, input),
  { revalidate },
);
export const adoptBudgetRevisionAction = associationAction(
  (input: { associationId: string; planId: string; decisionId: string }, actor: Actor) =>
    adoptBudgetRevision(actor.personId, input),
  { revalidate },
);
