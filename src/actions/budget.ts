'use server';

import type { BudgetCell, BudgetSheetLine } from '@/domain/budget/budget-sheet';
import { addBudgetLine } from '@/server/budget/add-budget-line';
import { fillContributionsFromState } from '@/server/budget/fill-contributions-from-state';
import { moveBudgetLine } from '@/server/budget/move-budget-line';
import { removeBudgetLine } from '@/server/budget/remove-budget-line';
import { saveBudgetCell } from '@/server/budget/save-budget-cell';
import { updateBudgetLine } from '@/server/budget/update-budget-line';
import { associationAction, fresh } from '@/server/http/association-action';

// The budget editor keeps its own state from the answers: no page is revalidated.
const revalidate: string[] = [];

export const saveBudgetCellAction = associationAction(saveBudgetCell, {
  revalidate,
  stale: fresh<{ cell: BudgetCell | null }>(),
});
export const addBudgetLineAction = associationAction(addBudgetLine, { revalidate });
export const updateBudgetLineAction = associationAction(updateBudgetLine, {
  revalidate,
  stale: fresh<{ line: BudgetSheetLine | null }>(),
});
export const moveBudgetLineAction = associationAction(moveBudgetLine, {
  revalidate,
  stale: fresh<{ lines: BudgetSheetLine[] }>(),
});
export const removeBudgetLineAction = associationAction(removeBudgetLine, {
  revalidate,
  stale: fresh<{ line: BudgetSheetLine | null }>(),
});
export const fillContributionsFromStateAction = associationAction(fillContributionsFromState, { revalidate });
