import Decimal from 'decimal.js';
import type { Tx } from './seed-helpers';

/** How each month ran against an even twelfth: a quiet July, a busy autumn. */
const MONTH_FACTORS = ['0.94', '1.03', '0.98', '1.06', '1.01', '0.97', '0.64', '0.91', '1.12', '1.08'];

/** How each line runs against its budget: member contributions arrive as billed, new activities start late. */
const LINE_PACE: Record<string, string> = {
  Försäkringskassan: 'even',
  'Region Gotland': 'even',
  Lönebidrag: '0.95',
  Ränteintäkter: '1.30',
  'Strukturell samverkan & kompetensutveckling': '0.85',
  'Uppföljning & utvärdering': '1.10',
  'Jobbvägen försteget': '1.00',
  'Ung Vux Gotland': '1.07',
  'Nya insatser': '0.45',
  'Administration (kansli, personal, lokaler)': '1.02',
};

/**
 * FinsamGotland's booked outcome for January–October 2026, as the accounts would give it
 * (exact öre). Lines without a 2026 budget, the equity line and the reserve have none.
 */
export async function seedFinsamGotlandOutcome(tx: Tx, planId: string) {
  const lines = await tx.budgetLine.findMany({
    where: { planId, name: { in: Object.keys(LINE_PACE) } },
    select: { id: true, name: true, amounts: { where: { year: 2026, kind: 'BUDGET' }, select: { amount: true } } },
  });
  const data = lines.flatMap((line) => {
    const budget = new Decimal(line.amounts[0]?.amount.toString() ?? '0');
    const pace = LINE_PACE[line.name]!;
    const twelfth = budget.dividedBy(12);
    return MONTH_FACTORS.map((factor, index) => ({
      budgetLineId: line.id,
      year: 2026,
      month: index + 1,
      amount: (pace === 'even' ? twelfth : twelfth.times(pace).times(factor)).toDecimalPlaces(2).toString(),
    }));
  });
  await tx.budgetOutcome.createMany({ data });
}
