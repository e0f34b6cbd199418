import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import { loadEditablePlan, type EditablePlan } from '@/server/plan-version/editable-plan';

type Tx = Prisma.TransactionClient;
type ContentModel = 'planSection' | 'focusArea' | 'targetGroup' | 'goal';

/**
 * A row of a plan's content (section, focus area, target group, goal) with its plan, when the
 * plan belongs to the association (else NOT_FOUND) and may still change (else LOCKED: the one
 * rule in src/server/budget/editable-plan.ts).
 */
export async function loadEditableContentRow(
  tx: Tx,
  model: ContentModel,
  associationId: string,
  rowId: string,
): Promise<{ planId: string; plan: EditablePlan }> {
  const where = { id: rowId, plan: { associationId } };
  const select = { planId: true } as const;
  const row =
    model === 'planSection'
      ? await tx.planSection.findFirst({ where, select })
      : model === 'focusArea'
        ? await tx.focusArea.findFirst({ where, select })
        : model === 'targetGroup'
          ? await tx.targetGroup.findFirst({ where, select })
          : await tx.goal.findFirst({ where, select });
  if (!row) throw new AuthorizationError('NOT_FOUND');
  return { planId: row.planId, plan: await loadEditablePlan(tx, associationId, row.planId) };
}
