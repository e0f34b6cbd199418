'use server';

import { revalidatePath } from 'next/cache';
import type { ActionResult } from '@/server/kernel/action-result';
import { sessionActor } from '@/server/authz/session-actor';
import { commentPlanSection } from '@/server/plan/comment-plan-section';
import { recordConsultationConclusion, removeConsultationConclusion, updateConsultationConclusion } from '@/server/plan/consultation-conclusions';
import { replyToPlanComment } from '@/server/plan/reply-to-plan-comment';
import { returnPlanToDraft } from '@/server/plan/return-plan-to-draft';
import { saveConsultationSummary } from '@/server/plan/save-consultation-summary';
import { savePlanConsideration } from '@/server/plan/save-plan-consideration';
import { sendPlanToBoard } from '@/server/plan/send-plan-to-board';
import { sendPlanToConsultation } from '@/server/plan/send-plan-to-consultation';
import { sendPlanToPreparation } from '@/server/plan/send-plan-to-preparation';
import { toActionFailure } from '@/server/kernel/to-action-failure';

// Thin wrappers: the slug names the association, the session the actor; the use cases decide.

type Step = 'sendToPreparation' | 'sendToConsultation' | 'sendToBoard' | 'returnToDraft';

function refresh(slug: string) {
  revalidatePath(`/forbund/${encodeURIComponent(slug)}`, 'layout');
}

async function run<T>(slug: string, body: (ctx: Awaited<ReturnType<typeof sessionActor>>) => Promise<T>): Promise<ActionResult<T, unknown>> {
  try {
    const ctx = await sessionActor(slug);
    const data = await body(ctx);
    refresh(slug);
    return { ok: true, data };
  } catch (error) {
    return toActionFailure(error);
  }
}

export async function movePlanAction(input: { slug: string; planId: string; version: number; step: Step }): Promise<ActionResult<unknown, unknown>> {
  return run<unknown>(input.slug, ({ associationId, actor }) => {
    const args = { associationId, planId: input.planId, version: input.version };
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
  });
}

export async function commentPlanAction(input: { slug: string; planId: string; sectionId: string | null; body: string }) {
  return run(input.slug, ({ associationId, actor }) => commentPlanSection({ associationId, planId: input.planId, sectionId: input.sectionId, body: input.body }, actor));
}

export async function replyToCommentAction(input: { slug: string; commentId: string; version: number; reply: string }) {
  return run(input.slug, ({ associationId, actor }) => replyToPlanComment({ associationId, commentId: input.commentId, version: input.version, reply: input.reply }, actor));
}

export async function saveSummaryAction(input: { slug: string; planId: string; version: number; summary: string }) {
  return run(input.slug, ({ associationId, actor }) => saveConsultationSummary({ associationId, planId: input.planId, version: input.version, summary: input.summary }, actor));
}

export async function saveConsiderationAction(input: { slug: string; planId: string; conclusionId: string; text: string; version: number | null }) {
  return run(input.slug, ({ associationId, actor }) =>
    savePlanConsideration({ associationId, planId: input.planId, conclusionId: input.conclusionId, text: input.text, version: input.version }, actor),
  );
}

export async function saveConclusionAction(input: { slug: string; conclusionId: string | null; version: number | null; year: number; meetingId: string | null; question: string; conclusion: string }) {
  return run<unknown>(input.slug, ({ associationId, actor }) => {
    const fields = { associationId, year: input.year, meetingId: input.meetingId, question: input.question, conclusion: input.conclusion };
    return input.conclusionId && input.version !== null
      ? updateConsultationConclusion({ ...fields, conclusionId: input.conclusionId, version: input.version }, actor)
      : recordConsultationConclusion(fields, actor);
  });
}

export async function removeConclusionAction(input: { slug: string; conclusionId: string; version: number }) {
  return run(input.slug, ({ associationId, actor }) => removeConsultationConclusion({ associationId, conclusionId: input.conclusionId, version: input.version }, actor));
}
