import 'server-only';
import type { BudgetCategory } from '@/domain/budget/types';
import type { BudgetCell, BudgetSheetLine } from '@/domain/budget/budget-sheet';
import type { Actor } from '@/server/authz/session-actor';
import type { BudgetDeps } from './deps';

export interface FillContributionsFromStateInput { associationId: string; planId: string }

export async function fillContributionsFromState(input: FillContributionsFromStateInput, actor: Actor, deps: BudgetDeps = {}): Promise<{ lines: BudgetSheetLine[] }> {
  void input; void actor; void deps;
  throw new Error('TODO');
}
