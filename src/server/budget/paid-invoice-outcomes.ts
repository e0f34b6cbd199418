import 'server-only';
import { calendarDateIn } from '@/domain/calendar/local-date';
import { ZERO, type Kronor } from '@/domain/money/kronor';
import type { PrismaClient } from '@/generated/prisma/client';
import { toKronor } from '@/server/money/to-kronor';

/**
 * Paid invoices as outcome: per budget line of the followed-up plan version, per month of payment
 * (Swedish time), the amount EXCLUDING VAT. The association gets its VAT back through the VAT
 * compensation scheme (momskompensation), so VAT is not a cost of the budget line; the budget is
 * drawn up excluding VAT too (ADR 011). Attested but unpaid invoices are not outcome yet.
 *
 * An invoice may be charged to a line of another version of the same plan year (a revision copies
 * the lines); it is matched by line name then, as the revision copies entered outcome by name.
 */
export async function loadPaidInvoiceOutcomes(
  db: PrismaClient,
  associationId: string,
  year: number,
  lines: readonly { id: string; name: string }[],
  paidBefore?: Date,
): Promise<Map<string, Map<number, Kronor>>> {
  // A day's margin each side for the time zone; the exact year is checked in Swedish time below.
  const yearStart = new Date(Date.UTC(year - 1, 11, 31));
  const yearEnd = new Date(Date.UTC(year + 1, 0, 2));
  const invoices = await db.invoice.findMany({
    where: {
      associationId,
      status: 'PAID',
      paidAt: { gte: yearStart, lt: paidBefore && paidBefore < yearEnd ? paidBefore : yearEnd },
      budgetLine: { plan: { associationId, year } },
    },
    select: { amountExclVat: true, paidAt: true, budgetLineId: true, budgetLine: { select: { name: true } } },
  });
  const byId = new Map(lines.map((line) => [line.id, line.id]));
  const byName = new Map(lines.map((line) => [line.name, line.id]));
  const result = new Map<string, Map<number, Kronor>>();
  for (const invoice of invoices) {
    const paid = calendarDateIn(invoice.paidAt!);
    if (paid.year !== year) continue;
    const lineId = byId.get(invoice.budgetLineId!) ?? byName.get(invoice.budgetLine!.name);
    if (!lineId) continue;
    const months = result.get(lineId) ?? new Map<number, Kronor>();
    months.set(paid.month, (months.get(paid.month) ?? ZERO).plus(toKronor(invoice.amountExclVat)));
    result.set(lineId, months);
  }
  return result;
}
