'use server';

import { revalidatePath } from 'next/cache';
import type { ActionResult } from '@/server/kernel/action-result';
import { sessionActor } from '@/server/authz/session-actor';
import { movePlanSection } from '@/server/plan/move-plan-section';
import { removePlanContent } from '@/server/plan/remove-plan-content';
import { removePlanSection } from '@/server/plan/remove-plan-section';
import { saveFocusArea } from '@/server/plan/save-focus-area';
import { saveGoal } from '@/server/plan/save-goal';
import { savePlanSection } from '@/server/plan/save-plan-section';
import { saveTargetGroup } from '@/server/plan/save-target-group';
import { startNextYearPlan } from '@/server/plan/start-next-year-plan';
import { toActionFailure } from '@/server/kernel/to-action-failure';

type Input<F extends (input: never, ...rest: never[]) => unknown> = Omit<Parameters<F>[0], 'associationId'>;

/** Runs a plan use case for the signed-in person; the plan pages (and the budget, for new plans) are revalidated. */
async function run<T>(slug: string, call: (associationId: string, actor: { personId: string }) => Promise<T>): Promise<ActionResult<T>> {
  try {
    const { associationId, actor } = await sessionActor(slug);
    const data = await call(associationId, actor);
    const base = `/forbund/${slug}`;
    for (const path of ['/plan', '/mal', '/insatser', '/budget']) revalidatePath(`${base}${path}`, 'layout');
    return { ok: true, data };
  } catch (error) {
    return toActionFailure(error);
  }
}

export async function startNextYearPlanAction(slug: string, input: Input<typeof startNextYearPlan>) {
  return run(slug, (associationId, actor) => startNextYearPlan({ ...input, associationId }, actor));
}
export async function savePlanSectionAction(slug: string, input: Input<typeof savePlanSection>) {
  return run(slug, (associationId, actor) => savePlanSection({ ...input, associationId }, actor));
}
export async function movePlanSectionAction(slug: string, input: Input<typeof movePlanSection>) {
  return run(slug, (associationId, actor) => movePlanSection({ ...input, associationId }, actor));
}
export async function removePlanSectionAction(slug: string, input: Input<typeof removePlanSection>) {
  return run(slug, (associationId, actor) => removePlanSection({ ...input, associationId }, actor));
}
export async function saveTargetGroupAction(slug: string, input: Input<typeof saveTargetGroup>) {
  return run(slug, async (associationId, actor) => ({ id: (await saveTargetGroup({ ...input, associationId }, actor)).id }));
}
export async function saveFocusAreaAction(slug: string, input: Input<typeof saveFocusArea>) {
  return run(slug, async (associationId, actor) => ({ id: (await saveFocusArea({ ...input, associationId }, actor)).id }));
}
export async function saveGoalAction(slug: string, input: Input<typeof saveGoal>) {
  return run(slug, async (associationId, actor) => ({ id: (await saveGoal({ ...input, associationId }, actor)).id }));
}
export async function removePlanContentAction(slug: string, input: Input<typeof removePlanContent>) {
  return run(slug, (associationId, actor) => removePlanContent({ ...input, associationId }, actor));
}
