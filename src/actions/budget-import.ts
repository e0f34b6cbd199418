'use server';

import { MAX_FILE_BYTES } from '@/domain/budget/import/limits';
import { messages } from '@/i18n/catalog';
import type { BudgetImportPreview } from '@/server/budget/budget-import-preview';
import { importBudget, type ImportBudgetOutcome } from '@/server/budget/import-budget';
import { previewBudgetImport } from '@/server/budget/preview-budget-import';
import type { ActionResult } from '@/server/kernel/action-result';
import { associationAction } from '@/server/http/association-action';
import { formText } from '@/server/http/form-data';

// The file travels as a file, so these actions take the form. Its size is checked before the
// session (as the browser already did), then the use cases decide.

type FileFields = { planId: string; fileName: string; bytes: Uint8Array };

async function readForm(form: FormData): Promise<{ fields: FileFields } | { errors: Record<string, string> }> {
  const t = messages().budgetImport;
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) return { errors: { file: t.chooseFile } };
  if (file.size > MAX_FILE_BYTES) return { errors: { file: t.errors.tooLarge } };
  return {
    fields: { planId: formText(form, 'planId'), fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
  };
}

function invalid(fieldErrors: Record<string, string>) {
  return { ok: false as const, code: 'VALIDATION' as const, message: messages().actions.invalid, fieldErrors };
}

const preview = associationAction(previewBudgetImport, { revalidate: [] });
// Ok with `imported: false` when the file has errors: nothing was written and the preview says where.
const runImport = associationAction(importBudget, {
  revalidate: ['/budget'],
  revalidateIf: (outcome) => outcome.imported,
});

export async function previewBudgetImportAction(
  slug: string,
  form: FormData,
): Promise<ActionResult<BudgetImportPreview>> {
  const read = await readForm(form);
  return 'errors' in read ? invalid(read.errors) : preview(slug, read.fields);
}

export async function importBudgetAction(slug: string, form: FormData): Promise<ActionResult<ImportBudgetOutcome>> {
  const read = await readForm(form);
  if ('errors' in read) return invalid(read.errors);
  const mode = form.get('mode');
  if (mode !== 'replace' && mode !== 'append') return invalid({ mode: messages().budgetImport.chooseMode });
  return runImport(slug, { ...read.fields, mode });
}
