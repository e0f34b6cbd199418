import 'server-only';
import type { BudgetCategory } from '@/domain/budget/types';
import type { BudgetCell, BudgetSheetLine } from '@/domain/budget/budget-sheet';
import type { Actor } from '@/server/authz/session-actor';
import type { BudgetDeps } from './deps';

export interface MoveBudgetLineInput { associationId: string; lineId: string; version: number; direction: 'up' | 'down' }

export async function moveBudgetLine(input: MoveBudgetLineInput, actor: Actor, deps: BudgetDeps = {}): Promise<{ lines: BudgetSheetLine[] }> {
  void input; void actor; void deps;
  throw new Error('TODO');
}
