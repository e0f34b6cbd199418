'use server';

import { revalidatePath } from 'next/cache';
import { MAX_FILE_BYTES } from '@/domain/budget/import/limits';
import { messages } from '@/i18n/catalog';
import type { ActionResult } from '@/server/kernel/action-result';
import { sessionActor } from '@/server/authz/session-actor';
import type { BudgetImportPreview } from '@/server/budget/budget-import-preview';
import { importBudget, type ImportBudgetOutcome } from '@/server/budget/import-budget';
import { previewBudgetImport } from '@/server/budget/preview-budget-import';
import { toActionFailure } from '@/server/kernel/to-action-failure';

type FileFields = { slug: string; planId: string; fileName: string; bytes: Uint8Array };

async function readForm(formData: FormData): Promise<{ fields: FileFields } | { errors: Record<string, string> }> {
  const t = messages().budgetImport;
  const file = formData.get('file');
  if (!(file instanceof File) || file.size === 0) return { errors: { file: t.chooseFile } };
  if (file.size > MAX_FILE_BYTES) return { errors: { file: t.errors.tooLarge } };
  return {
    fields: {
      slug: String(formData.get('slug') ?? ''),
      planId: String(formData.get('planId') ?? ''),
      fileName: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    },
  };
}

function invalid(fieldErrors: Record<string, string>) {
  return { ok: false as const, code: 'VALIDATION' as const, message: messages().actions.invalid, fieldErrors };
}

export async function previewBudgetImportAction(formData: FormData): Promise<ActionResult<BudgetImportPreview>> {
  const read = await readForm(formData);
  if ('errors' in read) return invalid(read.errors);
  const { fields } = read;
  try {
    const { associationId, actor } = await sessionActor(fields.slug);
    return { ok: true, data: await previewBudgetImport({ associationId, planId: fields.planId, fileName: fields.fileName, bytes: fields.bytes }, actor) };
  } catch (error) {
    return toActionFailure(error);
  }
}

/** ok with `imported: false` when the file has errors: nothing was written and the preview says where. */
export async function importBudgetAction(formData: FormData): Promise<ActionResult<ImportBudgetOutcome>> {
  const read = await readForm(formData);
  if ('errors' in read) return invalid(read.errors);
  const { fields } = read;
  const mode = formData.get('mode');
  if (mode !== 'replace' && mode !== 'append') return invalid({ mode: messages().budgetImport.chooseMode });
  try {
    const { associationId, actor } = await sessionActor(fields.slug);
    const outcome = await importBudget({ associationId, planId: fields.planId, fileName: fields.fileName, bytes: fields.bytes, mode }, actor);
    if (outcome.imported) revalidatePath(`/forbund/${fields.slug}/budget`);
    return { ok: true, data: outcome };
  } catch (error) {
    return toActionFailure(error);
  }
}
