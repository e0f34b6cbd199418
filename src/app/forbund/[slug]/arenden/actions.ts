'use server';

import { revalidatePath } from 'next/cache';
import type { ActionResult } from '@/server/kernel/action-result';
import { sessionActor } from '@/server/authz/session-actor';
import { addMatterAttachment } from '@/server/matter/add-matter-attachment';
import type { FreshMatter } from '@/server/matter/change-matter-status';
import { markMatterPrepared } from '@/server/matter/mark-matter-prepared';
import { raiseMatter, type RaiseMatterInput } from '@/server/matter/raise-matter';
import { returnMatter } from '@/server/matter/return-matter';
import { saveMatterPreparation } from '@/server/matter/save-matter-preparation';
import { startMatterPreparation } from '@/server/matter/start-matter-preparation';
import { updateMatter, type UpdateMatterInput } from '@/server/matter/update-matter';
import { withdrawMatter } from '@/server/matter/withdraw-matter';
import { toActionFailure } from '@/server/kernel/to-action-failure';

// Thin wrappers: the slug names the association, the session the actor; the use cases decide.

function mattersPath(slug: string) {
  return `/forbund/${encodeURIComponent(slug)}/arenden`;
}

export async function raiseMatterAction(slug: string, input: Omit<RaiseMatterInput, 'associationId'>): Promise<ActionResult<{ matterId: string }>> {
  try {
    const { associationId, actor } = await sessionActor(slug);
    const data = await raiseMatter({ ...input, associationId }, actor);
    revalidatePath(mattersPath(slug));
    return { ok: true, data: { matterId: data.matterId } };
  } catch (error) {
    return toActionFailure(error);
  }
}

export async function updateMatterAction(slug: string, input: Omit<UpdateMatterInput, 'associationId'>): Promise<ActionResult<{ version: number }, FreshMatter>> {
  try {
    const { associationId, actor } = await sessionActor(slug);
    const data = await updateMatter({ ...input, associationId }, actor);
    revalidatePath(mattersPath(slug), 'layout');
    return { ok: true, data };
  } catch (error) {
    return toActionFailure(error);
  }
}

export async function saveMatterPreparationAction(
  slug: string,
  input: { matterId: string; version: number; assessment: string; proposedDecision: string },
): Promise<ActionResult<{ version: number }, FreshMatter>> {
  try {
    const { associationId, actor } = await sessionActor(slug);
    const data = await saveMatterPreparation({ ...input, associationId }, actor);
    revalidatePath(mattersPath(slug), 'layout');
    return { ok: true, data };
  } catch (error) {
    return toActionFailure(error);
  }
}

export type MatterStep = 'startPreparation' | 'markPrepared' | 'withdraw' | 'return';

export async function matterStepAction(
  slug: string,
  input: { step: MatterStep; matterId: string; version: number; reason?: string },
): Promise<ActionResult<{ status: string; version: number }, FreshMatter>> {
  try {
    const { associationId, actor } = await sessionActor(slug);
    const base = { associationId, matterId: input.matterId, version: input.version };
    const data =
      input.step === 'startPreparation'
        ? await startMatterPreparation(base, actor)
        : input.step === 'markPrepared'
          ? await markMatterPrepared(base, actor)
          : input.step === 'withdraw'
            ? await withdrawMatter(base, actor)
            : await returnMatter({ ...base, reason: input.reason ?? '' }, actor);
    revalidatePath(mattersPath(slug), 'layout');
    return { ok: true, data };
  } catch (error) {
    return toActionFailure(error);
  }
}

/** Takes FormData so that the file travels as a file. */
export async function addMatterAttachmentAction(slug: string, form: FormData): Promise<ActionResult<{ attachmentId: string }>> {
  try {
    const { associationId, actor } = await sessionActor(slug);
    const file = form.get('file');
    const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
    const data = await addMatterAttachment({ associationId, matterId: String(form.get('matterId') ?? ''), file: { fileName: file instanceof File ? file.name : '', bytes } }, actor);
    revalidatePath(mattersPath(slug), 'layout');
    return { ok: true, data };
  } catch (error) {
    return toActionFailure(error);
  }
}
