import 'server-only';
import { z } from 'zod';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { parseBudgetImport, type BudgetImportPreview } from './budget-import-preview';
import { loadBudgetImportTarget } from './budget-import-target';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { associationId, id } from '@/server/kernel/input';

export const budgetFileInput = z.object({
  associationId,
  planId: id,
  fileName: z.string().max(255),
  bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array),
});
export type PreviewBudgetImportInput = z.input<typeof budgetFileInput>;

/** What an import of the file into the plan would create, the Summa check and every error; writes nothing. */
export async function previewBudgetImport(
  input: PreviewBudgetImportInput,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<BudgetImportPreview> {
  const { associationId, planId, fileName, bytes } = budgetFileInput.parse(input);
  await assertPermission(actor.personId, associationId, 'budget.edit', { db: deps.db });
  const target = await loadBudgetImportTarget(associationId, planId, deps.db);
  return (await parseBudgetImport(fileName, bytes, target)).preview;
}
