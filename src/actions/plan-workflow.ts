'use server';

import type { Actor } from '@/server/authz/session-actor';
import { associationAction, fresh } from '@/server/http/association-action';
import { commentPlanSection } from '@/server/plan/comment-plan-section';
import {
  recordConsultationConclusion,
  removeConsultationConclusion,
  updateConsultationConclusion,
} from '@/server/plan/consultation-conclusions';
import { replyToPlanComment } from '@/server/plan/reply-to-plan-comment';
import { returnPlanToDraft } from '@/server/plan/return-plan-to-draft';
import { saveConsultationSummary } from '@/server/plan/save-consultation-summary';
import { savePlanConsideration } from '@/server/plan/save-plan-consideration';
import { sendPlanToBoard } from '@/server/plan/send-plan-to-board';
import { sendPlanToConsultation } from '@/server/plan/send-plan-to-consultation';
import { sendPlanToPreparation } from '@/server/plan/send-plan-to-preparation';

// A step of the plan shows on every page of the association (plan, budget, matters, meetings).
const options = { revalidate: [''], stale: fresh<unknown>() };

type Step = 'sendToPreparation' | 'sendToConsultation' | 'sendToBoard' | 'returnToDraft';

/** One action for the workflow's steps: the step picks the use case. */
async function movePlan(
  input: { associationId: string; planId: string; version: number; step: Step },
  actor: Actor,
): Promise<unknown> {
  const args = { associationId: input.associationId, planId: input.planId, version: input.version };
  switch (input.step) {
    case 'sendToPreparation':
      return sendPlanToPreparation(args, actor);
    case 'sendToConsultation':
      return sendPlanToConsultation(args, actor);
    case 'sendToBoard':
      return sendPlanToBoard(args, actor);
    case 'returnToDraft':
      return returnPlanToDraft(args, actor);
  }
}

/** Records a new conclusion, or updates one when it has an id and a version. */
async function saveConclusion(
  input: {
    associationId: string;
    conclusionId: string | null;
    version: number | null;
    year: number;
    meetingId: string | null;
    question: string;
    conclusion: string;
  },
  actor: Actor,
): Promise<unknown> {
  const { conclusionId, version, ...fields } = input;
  return conclusionId && version !== null
    ? updateConsultationConclusion({ ...fields, conclusionId, version }, actor)
    : recordConsultationConclusion(fields, actor);
}

export const movePlanAction = associationAction(movePlan, options);
export const commentPlanAction = associationAction(commentPlanSection, options);
export const replyToCommentAction = associationAction(replyToPlanComment, options);
export const saveSummaryAction = associationAction(saveConsultationSummary, options);
export const saveConsiderationAction = associationAction(savePlanConsideration, options);
export const saveConclusionAction = associationAction(saveConclusion, options);
export const removeConclusionAction = associationAction(removeConsultationConclusion, options);
