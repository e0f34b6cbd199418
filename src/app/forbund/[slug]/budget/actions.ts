'use server';

import type { BudgetCell, BudgetSheetLine } from '@/domain/budget/budget-sheet';
import type { BudgetCategory } from '@/domain/budget/types';
import type { ActionResult } from '@/server/kernel/action-result';
import { sessionActor } from '@/server/authz/session-actor';
import { addBudgetLine } from '@/server/budget/add-budget-line';
import { fillContributionsFromState } from '@/server/budget/fill-contributions-from-state';
import { moveBudgetLine } from '@/server/budget/move-budget-line';
import { removeBudgetLine } from '@/server/budget/remove-budget-line';
import { saveBudgetCell } from '@/server/budget/save-budget-cell';
import { updateBudgetLine } from '@/server/budget/update-budget-line';
import { toActionFailure } from '@/server/kernel/to-action-failure';

// Thin wrappers: the slug names the association, the session the actor; the use cases do the rest.

export async function saveBudgetCellAction(input: {
  slug: string;
  lineId: string;
  year: number;
  kind: 'BUDGET' | 'PROGNOSIS';
  amount: string;
  version: number | null;
}): Promise<ActionResult<{ cell: BudgetCell; lineVersion: number }, { cell: BudgetCell | null }>> {
  try {
    const { slug, ...rest } = input;
    const { associationId, actor } = await sessionActor(slug);
    return { ok: true, data: await saveBudgetCell({ ...rest, associationId }, actor) };
  } catch (error) {
    return toActionFailure(error);
  }
}

export async function addBudgetLineAction(input: {
  slug: string;
  planId: string;
  name: string;
  type: 'INCOME' | 'COST';
  category: BudgetCategory;
  outsideTotal?: boolean;
}): Promise<ActionResult<{ line: BudgetSheetLine }>> {
  try {
    const { slug, ...rest } = input;
    const { associationId, actor } = await sessionActor(slug);
    return { ok: true, data: await addBudgetLine({ ...rest, associationId }, actor) };
  } catch (error) {
    return toActionFailure(error);
  }
}

export async function updateBudgetLineAction(input: {
  slug: string;
  lineId: string;
  version: number;
  name: string;
  category: BudgetCategory;
  outsideTotal: boolean;
  note: string;
}): Promise<ActionResult<{ line: BudgetSheetLine }, { line: BudgetSheetLine | null }>> {
  try {
    const { slug, ...rest } = input;
    const { associationId, actor } = await sessionActor(slug);
    return { ok: true, data: await updateBudgetLine({ ...rest, associationId }, actor) };
  } catch (error) {
    return toActionFailure(error);
  }
}

export async function moveBudgetLineAction(input: {
  slug: string;
  lineId: string;
  version: number;
  direction: 'up' | 'down';
}): Promise<ActionResult<{ lines: BudgetSheetLine[] }, { lines: BudgetSheetLine[] }>> {
  try {
    const { slug, ...rest } = input;
    const { associationId, actor } = await sessionActor(slug);
    return { ok: true, data: await moveBudgetLine({ ...rest, associationId }, actor) };
  } catch (error) {
    return toActionFailure(error);
  }
}

export async function removeBudgetLineAction(input: {
  slug: string;
  lineId: string;
  version: number;
}): Promise<ActionResult<{ removedId: string }, { line: BudgetSheetLine | null }>> {
  try {
    const { slug, ...rest } = input;
    const { associationId, actor } = await sessionActor(slug);
    return { ok: true, data: await removeBudgetLine({ ...rest, associationId }, actor) };
  } catch (error) {
    return toActionFailure(error);
  }
}

export async function fillContributionsFromStateAction(input: {
  slug: string;
  planId: string;
}): Promise<ActionResult<{ lines: BudgetSheetLine[] }>> {
  try {
    const { slug, ...rest } = input;
    const { associationId, actor } = await sessionActor(slug);
    return { ok: true, data: await fillContributionsFromState({ ...rest, associationId }, actor) };
  } catch (error) {
    return toActionFailure(error);
  }
}
