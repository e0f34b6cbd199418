// Page reader: checks no permission itself. It relies on the follow-up page's requireAssociationAccess(slug,
// 'budget.read') (budget/uppfoljning); the use cases that reuse it (follow-up report, audit desk, annual report)
// check their own permission first.
import 'server-only';
import { followUp, type FollowUp } from '@/domain/budget/follow-up';
import { calendarDateIn } from '@/domain/calendar/local-date';
import { ZERO, type Kronor } from '@/domain/money/kronor';
import { choosePlanYear } from '@/domain/plan/choose-plan-year';
import type { PrismaClient } from '@/generated/prisma/client';
import { prisma } from '@/server/db/client';
import { toKronor } from '@/server/money/to-kronor';
import { loadPaidInvoiceOutcomes } from '../paid-invoice-outcomes';

export interface OutcomeGridLine {
  lineId: string;
  name: string;
  /** Keyed by month 1–12: the stored outcome as a decimal string and its version. */
  cells: Record<number, { amount: string; version: number }>;
}

export interface FollowUpView {
  /** Years that have an adopted plan, ascending. */
  years: number[];
  plan: { id: string; year: number; versionNumber: number; title: string } | null;
  throughMonth: number;
  followUp: FollowUp | null;
  grid: OutcomeGridLine[];
}

function addMonthly(
  entered: Map<number, Kronor>,
  invoiced: ReadonlyMap<number, Kronor> | undefined,
): Map<number, Kronor> {
  for (const [month, amount] of invoiced ?? []) entered.set(month, (entered.get(month) ?? ZERO).plus(amount));
  return entered;
}

/** Past years are followed up to December, future ones from the start; the running year to its last recorded month. */
function defaultThroughMonth(year: number, now: Date, recordedMonths: number[]): number {
  const today = calendarDateIn(now);
  if (year < today.year) return 12;
  if (year > today.year) return 0;
  return recordedMonths.length > 0 ? Math.max(...recordedMonths) : today.month - 1;
}

/**
 * Budget against outcome for an adopted plan year. A line's outcome is what was entered or imported
 * (BudgetOutcome) plus the invoices paid on it, by month of payment (see paid-invoice-outcomes.ts).
 * The monthly grid shows only the entered part, which is what can be edited.
 * Default year: the running year's, or the nearest with an adopted plan.
 */
export async function getFollowUp(
  associationId: string,
  options: {
    year?: number | null;
    throughMonth?: number | null;
    /** Count only invoices paid before this instant (a report per date); default: all paid ones. */
    paidBefore?: Date;
    now?: Date;
    db?: PrismaClient;
  } = {},
): Promise<FollowUpView> {
  const db = options.db ?? prisma;
  const now = options.now ?? new Date();
  const adopted = await db.plan.findMany({
    where: { associationId, status: 'ADOPTED' },
    select: { year: true },
    distinct: ['year'],
    orderBy: { year: 'asc' },
  });
  const years = adopted.map((row) => row.year);
  const year = choosePlanYear(years, calendarDateIn(now).year, options.year ?? null);
  if (year === null) return { years, plan: null, throughMonth: 0, followUp: null, grid: [] };

  const plan = await db.plan.findFirstOrThrow({
    where: { associationId, year, status: 'ADOPTED' },
    orderBy: { versionNumber: 'desc' },
    select: {
      id: true,
      year: true,
      versionNumber: true,
      title: true,
      budgetLines: {
        orderBy: { order: 'asc' },
        select: {
          id: true,
          name: true,
          type: true,
          category: true,
          outsideTotal: true,
          amounts: { where: { year, kind: 'BUDGET' }, select: { amount: true } },
          outcomes: { where: { year }, select: { month: true, amount: true, version: true } },
        },
      },
    },
  });
  const invoiceOutcomes = await loadPaidInvoiceOutcomes(db, associationId, year, plan.budgetLines, options.paidBefore);
  const recordedMonths = [
    ...plan.budgetLines.flatMap((line) => line.outcomes.map((o) => o.month)),
    ...[...invoiceOutcomes.values()].flatMap((months) => [...months.keys()]),
  ];
  const requested = options.throughMonth;
  const throughMonth =
    requested != null && requested >= 0 && requested <= 12 ? requested : defaultThroughMonth(year, now, recordedMonths);

  const result = followUp(
    plan.budgetLines.map((line) => ({
      id: line.id,
      name: line.name,
      type: line.type,
      category: line.category,
      outsideTotal: line.outsideTotal,
      budget: line.amounts[0] ? toKronor(line.amounts[0].amount) : ZERO,
      outcomes: addMonthly(
        new Map(line.outcomes.map((o) => [o.month, toKronor(o.amount)])),
        invoiceOutcomes.get(line.id),
      ),
    })),
    throughMonth,
  );
  const grid = plan.budgetLines
    .filter((line) => line.category !== 'EQUITY')
    .map((line) => ({
      lineId: line.id,
      name: line.name,
      cells: Object.fromEntries(
        line.outcomes.map((o) => [o.month, { amount: o.amount.toString(), version: o.version }]),
      ),
    }));
  const { budgetLines: _lines, ...summary } = plan;
  return { years, plan: summary, throughMonth, followUp: result, grid };
}
