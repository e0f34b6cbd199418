// Page reader: checks no permission itself. It relies on the start page's requireAssociationAccess(slug,
// 'association.read') (forbund/[slug]), through getDashboard.
import 'server-only';
import type { BudgetLineAmounts, YearTotals } from '@/domain/budget/types';
import { budgetColumns, lineForColumns, type BudgetColumn } from '@/domain/budget/budget-columns';
import { yearTotals } from '@/domain/budget/year-totals';
import type { PrismaClient } from '@/generated/prisma/client';
import { prisma } from '@/server/db/client';
import { toKronor } from '@/server/money/to-kronor';

export interface BudgetRow extends BudgetLineAmounts {
  id: string;
  name: string;
  note: string;
}

export interface PlanBudget {
  columns: BudgetColumn[];
  rows: BudgetRow[];
  totals: YearTotals[];
}

/** A plan's budget lines with the budget up to the plan year and the prognoses after, and the totals per year. */
export async function getBudget(planId: string, planYear: number, db: PrismaClient = prisma): Promise<PlanBudget> {
  const lines = await db.budgetLine.findMany({
    where: { planId },
    orderBy: { order: 'asc' },
    select: {
      id: true,
      name: true,
      note: true,
      type: true,
      category: true,
      outsideTotal: true,
      amounts: { select: { year: true, kind: true, amount: true } },
    },
  });
  const stored = lines.map((line) => ({
    ...line,
    amounts: line.amounts.map((a) => ({ ...a, amount: toKronor(a.amount) })),
  }));
  const columns = budgetColumns(
    planYear,
    stored.flatMap((line) => line.amounts),
  );
  const rows = stored.map((line) => ({
    id: line.id,
    name: line.name,
    note: line.note,
    ...lineForColumns(line, columns),
  }));
  const totals = yearTotals(
    rows,
    columns.map((column) => column.year),
  );
  return { columns, rows, totals };
}
