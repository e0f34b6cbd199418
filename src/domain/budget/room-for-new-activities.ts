import { ZERO, type Kronor } from '../money/kronor';
import type { BudgetLineAmounts, YearTotals } from './types';

export interface RoomForNewYear {
  year: number;
  /** Income + opening equity − every cost except new activities (the reserve line is a cost, so it is covered). */
  room: Kronor;
  /** What the budget already puts on new activities. */
  budgeted: Kronor;
  /** room − budgeted: what is still free. */
  unallocated: Kronor;
}

/** Utrymme för ny verksamhet: what remains when decided costs and the reserve are covered. */
export function roomForNewActivities(
  lines: readonly BudgetLineAmounts[],
  totals: readonly YearTotals[],
): RoomForNewYear[] {
  const newLines = lines.filter((l) => l.type === 'COST' && !l.outsideTotal && l.category === 'NEW_ACTIVITIES');
  return totals.map((t) => {
    const budgeted = newLines.reduce((acc, l) => acc.plus(l.amounts.get(t.year) ?? ZERO), ZERO);
    const room = t.totalAvailable.minus(t.costs.minus(budgeted));
    return { year: t.year, room, budgeted, unallocated: room.minus(budgeted) };
  });
}
