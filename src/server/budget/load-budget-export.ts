import 'server-only';
import { budgetColumns } from '@/domain/budget/budget-columns';
import { exportColumns, type ExportColumn } from '@/domain/budget/import/export-rows';
import type { Kronor } from '@/domain/money/kronor';
import type { AmountKind } from '@/domain/budget/budget-columns';
import type { BudgetCategory, BudgetLineType } from '@/domain/budget/types';
import type { PrismaClient } from '@/generated/prisma/client';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import { prisma } from '@/server/db/client';
import { toKronor } from '@/server/money/to-kronor';

export interface ExportLine {
  name: string;
  type: BudgetLineType;
  category: BudgetCategory;
  outsideTotal: boolean;
  amounts: { year: number; kind: AmountKind; amount: Kronor }[];
}

export interface ExportVersion {
  versionNumber: number;
  title: string;
  columns: ExportColumn[];
  lines: ExportLine[];
}

export interface BudgetExport {
  associationSlug: string;
  year: number;
  versions: ExportVersion[];
}

/** The plan versions of a year (one, when `versionNumber` is given) with their lines, oldest first. NOT_FOUND without such a plan. */
export async function loadBudgetExport(
  associationId: string,
  year: number,
  versionNumber: number | null,
  db: PrismaClient = prisma,
): Promise<BudgetExport> {
  const plans = await db.plan.findMany({
    where: { associationId, year, ...(versionNumber === null ? {} : { versionNumber }) },
    orderBy: { versionNumber: 'asc' },
    select: {
      versionNumber: true,
      title: true,
      association: { select: { slug: true } },
      budgetLines: {
        orderBy: { order: 'asc' },
        select: {
          name: true,
          type: true,
          category: true,
          outsideTotal: true,
          amounts: { select: { year: true, kind: true, amount: true } },
        },
      },
    },
  });
  if (plans.length === 0) throw new AuthorizationError('NOT_FOUND');
  return {
    associationSlug: plans[0]!.association.slug,
    year,
    versions: plans.map((plan) => {
      const lines = plan.budgetLines.map((line) => ({
        ...line,
        amounts: line.amounts.map((a) => ({ ...a, amount: toKronor(a.amount) })),
      }));
      const amounts = lines.flatMap((line) => line.amounts);
      return {
        versionNumber: plan.versionNumber,
        title: plan.title,
        columns: exportColumns(budgetColumns(year, amounts), amounts),
        lines,
      };
    }),
  };
}

export function versionSheetName(versionNumber: number): string {
  return versionNumber > 1 ? `Version ${versionNumber} (reviderad)` : `Version ${versionNumber}`;
}

export function amountIn(line: ExportLine, column: ExportColumn): Kronor | null {
  return line.amounts.find((a) => a.year === column.year && a.kind === column.kind)?.amount ?? null;
}
