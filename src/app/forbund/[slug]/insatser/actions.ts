'use server';

import { revalidatePath } from 'next/cache';
import type { ActionResult } from '@/server/kernel/action-result';
import { sessionActor } from '@/server/authz/session-actor';
import { saveIntervention } from '@/server/intervention/save-intervention';
import { saveInterventionBudget } from '@/server/intervention/save-intervention-budget';
import { toActionFailure } from '@/server/kernel/to-action-failure';

type Input<F extends (input: never, ...rest: never[]) => unknown> = Omit<Parameters<F>[0], 'associationId'>;

async function run<T>(slug: string, call: (associationId: string, actor: { personId: string }) => Promise<T>): Promise<ActionResult<T>> {
  try {
    const { associationId, actor } = await sessionActor(slug);
    const data = await call(associationId, actor);
    for (const path of ['/insatser', '/budget', '/mal', '/plan']) revalidatePath(`/forbund/${slug}${path}`, 'layout');
    return { ok: true, data };
  } catch (error) {
    return toActionFailure(error);
  }
}

export async function saveInterventionAction(slug: string, input: Input<typeof saveIntervention>) {
  return run(slug, async (associationId, actor) => ({ id: (await saveIntervention({ ...input, associationId }, actor)).id }));
}
export async function saveInterventionBudgetAction(slug: string, input: Input<typeof saveInterventionBudget>) {
  return run(slug, (associationId, actor) => saveInterventionBudget({ ...input, associationId }, actor));
}
