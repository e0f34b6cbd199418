import 'server-only';
import { z } from 'zod';
import { messages } from '@/i18n/catalog';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { prisma } from '@/server/db/client';
import { LockedError } from '@/server/kernel/use-case-errors';
import { parseBudgetImport, previewHasErrors, storedKind, type BudgetImportPreview } from './budget-import-preview';
import { IMPORTABLE_PLAN_STATUSES, loadBudgetImportTarget } from './budget-import-target';
import { budgetFileInput } from './preview-budget-import';
import type { UseCaseDeps } from '@/server/kernel/deps';

const importInput = budgetFileInput.extend({ mode: z.enum(['replace', 'append']) });
export type ImportBudgetInput = z.input<typeof importInput>;

export interface ImportBudgetOutcome {
  /** False when the file has errors: nothing was written, `preview.errors` says where. */
  imported: boolean;
  created: number;
  removed: number;
  preview: BudgetImportPreview;
}

/**
 * Imports the association's budget sheet into a plan still being drafted: 'replace' removes the
 * plan's lines first, 'append' adds after them. All or nothing, in one transaction, audited.
 */
export async function importBudget(
  input: ImportBudgetInput,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<ImportBudgetOutcome> {
  const { associationId, planId, fileName, bytes, mode } = importInput.parse(input);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, associationId, 'budget.edit', { db });
  const target = await loadBudgetImportTarget(associationId, planId, db);
  const locked = messages().budgetImport.errors.planLocked;
  if (!target.plan.editable) throw new LockedError(locked);
  const { preview, lines } = await parseBudgetImport(fileName, bytes, target);
  if (previewHasErrors(preview)) return { imported: false, created: 0, removed: 0, preview };

  const memberId = new Map(target.members.map((m) => [m.name, m.id]));
  const interventionId = new Map(target.interventions.map((i) => [i.name, i.id]));
  const planYear = target.plan.year;

  const removed = await db.$transaction(async (tx) => {
    // Claims the plan: an adoption or lock that got in first refuses the import.
    const claimed = await tx.plan.updateMany({
      where: { id: planId, associationId, lockedAt: null, status: { in: [...IMPORTABLE_PLAN_STATUSES] } },
      data: { version: { increment: 1 } },
    });
    if (claimed.count === 0) throw new LockedError(locked);
    const linesBefore = await tx.budgetLine.count({ where: { planId } });
    let removedCount = 0;
    let firstOrder = 0;
    if (mode === 'replace') removedCount = (await tx.budgetLine.deleteMany({ where: { planId } })).count;
    else
      firstOrder = ((await tx.budgetLine.aggregate({ where: { planId }, _max: { order: true } }))._max.order ?? -1) + 1;
    for (const [index, line] of lines.entries()) {
      await tx.budgetLine.create({
        data: {
          planId,
          order: firstOrder + index,
          name: line.name,
          type: line.type,
          category: line.category,
          outsideTotal: line.outsideTotal,
          memberId: line.memberName ? memberId.get(line.memberName) : undefined,
          interventionId: line.interventionName ? interventionId.get(line.interventionName) : undefined,
          amounts: {
            create: line.amounts.map((a) => ({
              year: a.year,
              kind: storedKind(a.kind, a.year, planYear),
              amount: a.amount.toFixed(),
            })),
          },
        },
      });
    }
    await writeAuditEntry(tx, {
      associationId,
      personId: actor.personId,
      action: 'budget.imported',
      entityType: 'Plan',
      entityId: planId,
      data: {
        fileName,
        mode,
        linesCreated: lines.length,
        linesRemoved: removedCount,
        amounts: lines.reduce((n, l) => n + l.amounts.length, 0),
        sumMismatches: preview.sums.mismatches.length,
        before: { lineCount: linesBefore },
        after: { lineCount: linesBefore - removedCount + lines.length },
      },
    });
    return removedCount;
  });
  return { imported: true, created: lines.length, removed, preview };
}
