'use server';

import { revalidatePath } from 'next/cache';
import type { ActionResult } from '@/server/kernel/action-result';
import { sessionActor } from '@/server/authz/session-actor';
import { addCorrectionParagraph, type AddCorrectionParagraphInput } from '@/server/minutes/add-correction-paragraph';
import { addParagraph, type AddParagraphInput } from '@/server/minutes/add-paragraph';
import { approveMinutes } from '@/server/minutes/approve-minutes';
import { chooseAdjusters } from '@/server/minutes/choose-adjusters';
import { recordDecision, type RecordDecisionInput } from '@/server/minutes/record-decision';
import { recordVotes, type RecordVotesInput } from '@/server/minutes/record-votes';
import { updateParagraph, type FreshParagraph, type UpdateParagraphInput } from '@/server/minutes/update-paragraph';
import { toActionFailure } from '@/server/kernel/to-action-failure';

// Thin wrappers: the slug names the association, the session the actor; the use cases decide.

type Scoped<T> = Omit<T, 'associationId'> & { slug: string; meetingId: string };

function revalidate(slug: string, meetingId: string) {
  const meeting = `/forbund/${encodeURIComponent(slug)}/sammantraden/${encodeURIComponent(meetingId)}`;
  revalidatePath(`${meeting}/protokoll`);
  revalidatePath(meeting);
}

async function run<Data, Fresh = never>(slug: string, meetingId: string, work: (associationId: string, actor: { personId: string }) => Promise<Data>): Promise<ActionResult<Data, Fresh>> {
  try {
    const { associationId, actor } = await sessionActor(slug);
    const data = await work(associationId, actor);
    revalidate(slug, meetingId);
    return { ok: true, data };
  } catch (error) {
    return toActionFailure<Fresh>(error);
  }
}

export async function addParagraphAction(input: Scoped<AddParagraphInput>) {
  const { slug, ...rest } = input;
  return run(slug, rest.meetingId, (associationId, actor) => addParagraph({ ...rest, associationId }, actor));
}

export async function updateParagraphAction(input: Scoped<UpdateParagraphInput>) {
  const { slug, meetingId, ...rest } = input;
  return run<{ version: number }, FreshParagraph>(slug, meetingId, (associationId, actor) => updateParagraph({ ...rest, associationId }, actor));
}

export async function recordDecisionAction(input: Scoped<RecordDecisionInput>) {
  const { slug, meetingId, ...rest } = input;
  return run(slug, meetingId, (associationId, actor) => recordDecision({ ...rest, associationId }, actor));
}

export async function recordVotesAction(input: Scoped<RecordVotesInput>) {
  const { slug, meetingId, ...rest } = input;
  return run(slug, meetingId, (associationId, actor) => recordVotes({ ...rest, associationId }, actor));
}

export async function chooseAdjustersAction(input: { slug: string; meetingId: string; personIds: string[] }) {
  const { slug, ...rest } = input;
  return run(slug, rest.meetingId, (associationId, actor) => chooseAdjusters({ ...rest, associationId }, actor));
}

export async function approveMinutesAction(input: { slug: string; meetingId: string }) {
  const { slug, meetingId } = input;
  return run(slug, meetingId, (associationId, actor) => approveMinutes({ meetingId, associationId }, actor));
}

export async function addCorrectionParagraphAction(input: Scoped<AddCorrectionParagraphInput>) {
  const { slug, ...rest } = input;
  return run(slug, rest.meetingId, (associationId, actor) => addCorrectionParagraph({ ...rest, associationId }, actor));
}
