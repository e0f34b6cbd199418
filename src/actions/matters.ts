'use server';

import type { Actor } from '@/server/authz/session-actor';
import { associationAction, fresh } from '@/server/http/association-action';
import { formFile, formText } from '@/server/http/form-data';
import { addMatterAttachment } from '@/server/matter/add-matter-attachment';
import type { FreshMatter } from '@/server/matter/change-matter-status';
import { markMatterPrepared } from '@/server/matter/mark-matter-prepared';
import { raiseMatter } from '@/server/matter/raise-matter';
import { returnMatter } from '@/server/matter/return-matter';
import { saveMatterPreparation } from '@/server/matter/save-matter-preparation';
import { startMatterPreparation } from '@/server/matter/start-matter-preparation';
import { withdrawMatter } from '@/server/matter/withdraw-matter';

const revalidate = ['/arenden'];

export const raiseMatterAction = associationAction(raiseMatter, {
  revalidate,
  select: ({ matterId }) => ({ matterId }),
});

export const saveMatterPreparationAction = associationAction(saveMatterPreparation, {
  revalidate,
  stale: fresh<FreshMatter>(),
});

export type MatterStep = 'startPreparation' | 'markPrepared' | 'withdraw' | 'return';

/** One action for the status steps of the matter page: the step picks the use case. */
async function takeMatterStep(
  input: { associationId: string; step: MatterStep; matterId: string; version: number; reason?: string },
  actor: Actor,
) {
  const base = { associationId: input.associationId, matterId: input.matterId, version: input.version };
  if (input.step === 'startPreparation') return startMatterPreparation(base, actor);
  if (input.step === 'markPrepared') return markMatterPrepared(base, actor);
  if (input.step === 'withdraw') return withdrawMatter(base, actor);
  return returnMatter({ ...base, reason: input.reason ?? '' }, actor);
}

export const matterStepAction = associationAction(takeMatterStep, { revalidate, stale: fresh<FreshMatter>() });

// The file travels as a file, so this action takes the form; the session is checked before it is read.
const addAttachment = associationAction(
  async ({ associationId, form }: { associationId: string; form: FormData }, actor: Actor) =>
    addMatterAttachment(
      { associationId, matterId: formText(form, 'matterId'), file: await formFile(form, 'file') },
      actor,
    ),
  { revalidate },
);

export async function addMatterAttachmentAction(slug: string, form: FormData) {
  return addAttachment(slug, { form });
}
