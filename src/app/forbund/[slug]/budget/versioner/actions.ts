'use server';

import { revalidatePath } from 'next/cache';
import type { ActionResult } from '@/server/kernel/action-result';
import { sessionActor } from '@/server/authz/session-actor';
import { adoptBudgetRevision, type AdoptedRevision } from '@/server/budget/adopt-budget-revision';
import { startBudgetRevision, type StartedRevision } from '@/server/budget/start-budget-revision';
import { toActionFailure } from '@/server/kernel/to-action-failure';

export async function startBudgetRevisionAction(input: { slug: string; planId: string }): Promise<ActionResult<StartedRevision>> {
  try {
    const { associationId, actor } = await sessionActor(input.slug);
    const started = await startBudgetRevision(actor.personId, { associationId, planId: input.planId });
    revalidatePath(`/forbund/${input.slug}/budget`, 'layout');
    return { ok: true, data: started };
  } catch (error) {
    return toActionFailure(error);
  }
}

export async function adoptBudgetRevisionAction(input: { slug: string; planId: string; decisionId: string }): Promise<ActionResult<AdoptedRevision>> {
  try {
    const { associationId, actor } = await sessionActor(input.slug);
    const adopted = await adoptBudgetRevision(actor.personId, { associationId, planId: input.planId, decisionId: input.decisionId });
    revalidatePath(`/forbund/${input.slug}/budget`, 'layout');
    return { ok: true, data: adopted };
  } catch (error) {
    return toActionFailure(error);
  }
}
