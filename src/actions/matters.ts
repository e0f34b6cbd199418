'use server';

import type { Actor } from '@/server/authz/session-actor';
import { associationAction, fresh } from '@/server/http/association-action';
import { formFile, formText } from '@/server/http/form-data';
import { addMatterAttachment } from '@/server/matter/add-matter-attachment';
import type { FreshMatter } from '@/server/matter/change-matter-status';
import { raiseMatter } from '@/server/matter/raise-matter';
import { saveMatterPreparation } from '@/server/matter/save-matter-preparation';
import { takeMatterStep } from '@/server/matter/take-matter-step';

const revalidate = ['/arenden'];

export const raiseMatterAction = associationAction(raiseMatter, {
  revalidate,
  select: ({ matterId }) => ({ matterId }),
});

export const saveMatterPreparationAction = associationAction(saveMatterPreparation, {
  revalidate,
  stale: fresh<FreshMatter>(),
});

/** One action for the status steps of the matter page: the step picks the use case (återremiss is refused: ADR 036). */
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
