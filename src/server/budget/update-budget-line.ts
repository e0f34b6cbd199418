import 'server-only';
import type { BudgetCategory } from '@/domain/budget/types';
import type { BudgetCell, BudgetSheetLine } from '@/domain/budget/budget-sheet';
import type { Actor } from '@/server/authz/session-actor';
import type { BudgetDeps } from './deps';

export interface UpdateBudgetLineInput { associationId: string; lineId: string; version: number; name: string; category: BudgetCategory; outsideTotal: boolean; note: string }

export async function updateBudgetLine(input: UpdateBudgetLineInput, actor: Actor, deps: BudgetDeps = {}): Promise<{ line: BudgetSheetLine }> {
  void input; void actor; void deps;
  throw new Error('TODO');
}
