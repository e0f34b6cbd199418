'use server';

import { revalidatePath } from 'next/cache';
import type { QuorumResult } from '@/domain/meeting/quorum';
import type { ActionResult } from '@/server/kernel/action-result';
import { sessionActor } from '@/server/authz/session-actor';
import { addAgendaAttachment } from '@/server/meeting/add-agenda-attachment';
import { addAgendaItem } from '@/server/meeting/add-agenda-item';
import { createMeeting, type CreateMeetingInput } from '@/server/meeting/create-meeting';
import { markNoticeRead } from '@/server/meeting/mark-notice-read';
import type { FreshMeeting } from '@/server/meeting/meeting-common';
import { moveAgendaItem } from '@/server/meeting/move-agenda-item';
import { putMatterOnAgenda } from '@/server/meeting/put-matter-on-agenda';
import { recordAttendance, type AttendanceRowInput } from '@/server/meeting/record-attendance';
import { removeAgendaItem } from '@/server/meeting/remove-agenda-item';
import { sendNotice } from '@/server/meeting/send-notice';
import { updateMeeting } from '@/server/meeting/update-meeting';
import { toActionFailure } from '@/server/kernel/to-action-failure';

// Thin wrappers: the slug names the association, the session the actor; the use cases decide.

function meetingsPath(slug: string) {
  return `/forbund/${encodeURIComponent(slug)}/sammantraden`;
}

async function run<T>(slug: string, work: (associationId: string, actor: { personId: string }) => Promise<T>): Promise<ActionResult<T, FreshMeeting>> {
  try {
    const { associationId, actor } = await sessionActor(slug);
    const data = await work(associationId, actor);
    revalidatePath(meetingsPath(slug), 'layout');
    revalidatePath(`/forbund/${encodeURIComponent(slug)}/arenden`, 'layout');
    return { ok: true, data };
  } catch (error) {
    return toActionFailure(error);
  }
}

export async function createMeetingAction(slug: string, input: Omit<CreateMeetingInput, 'associationId'>) {
  return run(slug, (associationId, actor) => createMeeting({ ...input, associationId }, actor));
}

export async function updateMeetingAction(slug: string, input: { meetingId: string; version: number; title: string; startsAt: string; location: string }) {
  return run(slug, (associationId, actor) => updateMeeting({ ...input, associationId }, actor));
}

export async function addAgendaItemAction(slug: string, input: { meetingId: string; version: number; title: string }) {
  return run(slug, (associationId, actor) => addAgendaItem({ ...input, associationId }, actor));
}

export async function moveAgendaItemAction(slug: string, input: { meetingId: string; version: number; agendaItemId: string; direction: 'up' | 'down' }) {
  return run(slug, (associationId, actor) => moveAgendaItem({ ...input, associationId }, actor));
}

export async function removeAgendaItemAction(slug: string, input: { meetingId: string; version: number; agendaItemId: string }) {
  return run(slug, (associationId, actor) => removeAgendaItem({ ...input, associationId }, actor));
}

export async function putMatterOnAgendaAction(slug: string, input: { meetingId: string; version: number; matterId: string; matterVersion: number }) {
  return run(slug, (associationId, actor) => putMatterOnAgenda({ ...input, associationId }, actor));
}

export async function sendNoticeAction(slug: string, input: { meetingId: string; version: number }) {
  return run(slug, (associationId, actor) => sendNotice({ ...input, associationId }, actor));
}

export async function recordAttendanceAction(slug: string, input: { meetingId: string; version: number; rows: AttendanceRowInput[] }): Promise<ActionResult<{ version: number; quorum: QuorumResult }, FreshMeeting>> {
  return run(slug, (associationId, actor) => recordAttendance({ ...input, associationId }, actor));
}

export async function markNoticeReadAction(slug: string, noticeId: string) {
  return run(slug, (associationId, actor) => markNoticeRead({ associationId, noticeId }, actor));
}

/** Takes FormData so that the file travels as a file. */
export async function addAgendaAttachmentAction(slug: string, form: FormData) {
  return run(slug, async (associationId, actor) => {
    const file = form.get('file');
    const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
    return addAgendaAttachment(
      { associationId, meetingId: String(form.get('meetingId') ?? ''), agendaItemId: String(form.get('agendaItemId') ?? ''), file: { fileName: file instanceof File ? file.name : '', bytes } },
      actor,
    );
  });
}
