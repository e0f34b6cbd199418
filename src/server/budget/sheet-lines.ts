import 'server-only';
import { loadAssociationRules } from '@/server/settings/load-association-rules';
import type { BudgetColumn, BudgetSheetLine } from '@/domain/budget/budget-sheet';
import { sheetColumns } from '@/domain/budget/sheet-columns';
import type { Prisma } from '@/generated/prisma/client';
import { toKronor } from '@/server/money/to-kronor';
import type { Db } from '@/server/kernel/deps';
import { BUDGET_LINE_FIELDS_SELECT } from '@/server/plan-version/plan-selects';

export const SHEET_LINE_SELECT = {
  ...BUDGET_LINE_FIELDS_SELECT,
  interventionId: true,
  amounts: { where: { kind: { not: 'OUTCOME' } }, select: { year: true, kind: true, amount: true, version: true } },
} satisfies Prisma.BudgetLineSelect;

export type SheetLineRow = Prisma.BudgetLineGetPayload<{ select: typeof SHEET_LINE_SELECT }>;

/** The line as the editor holds it: one cell per column, of that column's kind. */
export function toSheetLine(row: SheetLineRow, columns: readonly BudgetColumn[]): BudgetSheetLine {
  const cells: BudgetSheetLine['cells'] = {};
  for (const column of columns) {
    const stored = row.amounts.find((a) => a.year === column.year && a.kind === column.kind);
    if (stored)
      cells[column.year] = {
        year: column.year,
        kind: column.kind,
        amount: toKronor(stored.amount).toFixed(),
        version: stored.version,
      };
  }
  const { amounts: _amounts, ...line } = row;
  void _amounts;
  return { ...line, cells };
}

/** The plan's columns: its stored years plus the association's configured ones. */
export async function planColumns(
  db: Db,
  plan: { id: string; year: number; associationId: string },
): Promise<BudgetColumn[]> {
  const [stored, rules] = await Promise.all([
    db.budgetAmount.findMany({
      where: { budgetLine: { planId: plan.id }, kind: { not: 'OUTCOME' } },
      select: { year: true },
      distinct: ['year'],
    }),
    loadAssociationRules(db, plan.associationId, plan.year),
  ]);
  return sheetColumns(
    plan.year,
    stored.map((row) => row.year),
    rules.prognosisYears,
  );
}

/** Every line of the plan, in order, as the editor holds them. */
export async function loadSheetLines(
  db: Db,
  plan: { id: string; year: number; associationId: string },
  knownColumns?: readonly BudgetColumn[] | Promise<readonly BudgetColumn[]>,
): Promise<BudgetSheetLine[]> {
  const [columns, rows] = await Promise.all([
    knownColumns ?? planColumns(db, plan),
    db.budgetLine.findMany({
      where: { planId: plan.id },
      orderBy: [{ order: 'asc' }, { createdAt: 'asc' }],
      select: SHEET_LINE_SELECT,
    }),
  ]);
  return rows.map((row) => toSheetLine(row, columns));
}

/** One line as the editor holds it; null when it is gone. */
export async function loadSheetLine(db: Db, lineId: string): Promise<BudgetSheetLine | null> {
  const row = await db.budgetLine.findUnique({
    where: { id: lineId },
    select: { ...SHEET_LINE_SELECT, plan: { select: { id: true, year: true, associationId: true } } },
  });
  if (!row) return null;
  const { plan, ...line } = row;
  return toSheetLine(line, await planColumns(db, plan));
}
