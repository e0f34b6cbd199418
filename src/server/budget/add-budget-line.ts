import 'server-only';
import type { BudgetCategory } from '@/domain/budget/types';
import type { BudgetCell, BudgetSheetLine } from '@/domain/budget/budget-sheet';
import type { Actor } from '@/server/authz/session-actor';
import type { BudgetDeps } from './deps';

export interface AddBudgetLineInput { associationId: string; planId: string; name: string; type: 'INCOME' | 'COST'; category: BudgetCategory; outsideTotal?: boolean }

export async function addBudgetLine(input: AddBudgetLineInput, actor: Actor, deps: BudgetDeps = {}): Promise<{ line: BudgetSheetLine }> {
  void input; void actor; void deps;
  throw new Error('TODO');
}
