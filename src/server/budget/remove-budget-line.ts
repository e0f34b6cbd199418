import 'server-only';
import type { BudgetCategory } from '@/domain/budget/types';
import type { BudgetCell, BudgetSheetLine } from '@/domain/budget/budget-sheet';
import type { Actor } from '@/server/authz/session-actor';
import type { BudgetDeps } from './deps';

export interface RemoveBudgetLineInput { associationId: string; lineId: string; version: number }

export async function removeBudgetLine(input: RemoveBudgetLineInput, actor: Actor, deps: BudgetDeps = {}): Promise<{ removedId: string }> {
  void input; void actor; void deps;
  throw new Error('TODO');
}
