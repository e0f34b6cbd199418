'use server';

import { saveIntervention } from '@/server/intervention/save-intervention';
import { saveInterventionBudget } from '@/server/intervention/save-intervention-budget';
import { associationAction } from '@/server/http/association-action';

const revalidate = ['/insatser', '/budget', '/mal', '/plan'];

export const saveInterventionAction = associationAction(saveIntervention, { revalidate, select: ({ id }) => ({ id }) });
export const saveInterventionBudgetAction = associationAction(saveInterventionBudget, { revalidate });
