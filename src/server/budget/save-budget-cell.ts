import 'server-only';
import type { BudgetCategory } from '@/domain/budget/types';
import type { BudgetCell, BudgetSheetLine } from '@/domain/budget/budget-sheet';
import type { Actor } from '@/server/authz/session-actor';
import type { BudgetDeps } from './deps';

export interface SaveBudgetCellInput { associationId: string; lineId: string; year: number; kind: 'BUDGET' | 'PROGNOSIS'; amount: string; version: number | null }

export async function saveBudgetCell(input: SaveBudgetCellInput, actor: Actor, deps: BudgetDeps = {}): Promise<{ cell: BudgetCell; lineVersion: number }> {
  void input; void actor; void deps;
  throw new Error('TODO');
}
