'use server';

import { associationAction } from '@/server/http/association-action';
import { createPlan } from '@/server/plan/create-plan';
import { deleteDraftPlan } from '@/server/plan/delete-draft-plan';
import { movePlanSection } from '@/server/plan/move-plan-section';
import { removePlanContent } from '@/server/plan/remove-plan-content';
import { removePlanSection } from '@/server/plan/remove-plan-section';
import { saveFocusArea } from '@/server/plan/save-focus-area';
import { saveGoal } from '@/server/plan/save-goal';
import { savePlanSection } from '@/server/plan/save-plan-section';
import { saveTargetGroup } from '@/server/plan/save-target-group';
import { startNextYearPlan } from '@/server/plan/start-next-year-plan';

// The plan pages, and the budget (a new plan brings its budget).
const revalidate = ['/plan', '/mal', '/insatser', '/budget'];
const idOnly = ({ id }: { id: string }) => ({ id });

export const createPlanAction = associationAction(createPlan, { revalidate });
export const deleteDraftPlanAction = associationAction(deleteDraftPlan, { revalidate });
export const startNextYearPlanAction = associationAction(startNextYearPlan, { revalidate });
export const savePlanSectionAction = associationAction(savePlanSection, { revalidate });
export const movePlanSectionAction = associationAction(movePlanSection, { revalidate });
export const removePlanSectionAction = associationAction(removePlanSection, { revalidate });
export const saveTargetGroupAction = associationAction(saveTargetGroup, { revalidate, select: idOnly });
export const saveFocusAreaAction = associationAction(saveFocusArea, { revalidate, select: idOnly });
export const saveGoalAction = associationAction(saveGoal, { revalidate, select: idOnly });
export const removePlanContentAction = associationAction(removePlanContent, { revalidate });
