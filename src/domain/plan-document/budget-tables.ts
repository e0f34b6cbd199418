import { format, messages } from '@/i18n/catalog';
import { kronor, type Kronor } from '../money/kronor';
import { analyzeBudget, type BudgetAnalysisInput } from '../budget/analyze-budget';
import { groupOf } from '../budget/budget-groups';
import type { BudgetColumn, BudgetSheetLine } from '../budget/budget-sheet';

export type BudgetRowKind = 'line' | 'heading' | 'subtotal' | 'total';

export interface BudgetTableRow {
  kind: BudgetRowKind;
  label: string;
  /** Footnote marker (`*`, `**`) of a line with a note; empty when none. */
  marker: string;
  /** One per column, in the table's column order; null = no amount entered. Headings have none. */
  amounts: (Kronor | null)[];
}

export interface BudgetTableColumn extends BudgetColumn {
  /** `Budget 2026`, `Prognos 2027`. */
  label: string;
}

export interface BudgetTable {
  key: 'income' | 'costs';
  title: string;
  caption: string;
  columns: BudgetTableColumn[];
  rows: BudgetTableRow[];
  notes: { marker: string; text: string }[];
}

export interface BudgetTables {
  income: BudgetTable;
  costs: BudgetTable;
  /** The analysis the totals come from (the same rules as the budget editor). */
  totalsByYear: Map<number, { totalAvailable: Kronor; costs: Kronor; closingEquity: Kronor }>;
}

export type PlanBudgetInput = BudgetAnalysisInput & { lines: readonly BudgetSheetLine[] };

export function columnLabel(column: BudgetColumn): string {
  const t = messages().planDocument;
  return format(column.kind === 'BUDGET' ? t.budgetColumn : t.prognosisColumn, { year: column.year });
}

/** The line's amount for each column, of that column's kind (budget or prognosis); null where empty. */
export function lineAmounts(line: Pick<BudgetSheetLine, 'cells'>, columns: readonly BudgetColumn[]): (Kronor | null)[] {
  return columns.map((column) => {
    const cell = line.cells[column.year];
    return cell && cell.kind === column.kind ? kronor(cell.amount) : null;
  });
}

/**
 * The plan's budget as two tables with the years as columns, laid out as the printed plan:
 * income (contributions and their sum, other income, the equity brought in, TOTALT) and costs
 * (development lines and their subtotal, reserve, administration, SUMMA KOSTNADER). Every sum
 * comes from analyzeBudget (year totals, group subtotals, equity rolled forward), never added here.
 * Lines with a note get a footnote marker; lines outside the total say so.
 */
export function budgetTables(input: PlanBudgetInput): BudgetTables {
  const t = messages().planDocument;
  const analysis = analyzeBudget(input);
  const columns = input.columns.map((column) => ({ ...column, label: columnLabel(column) }));
  const totals = analysis.totals;
  const perYear = <K extends keyof (typeof totals)[number]>(key: K) =>
    columns.map((c) => totals.find((y) => y.year === c.year)![key] as Kronor);
  const development = analysis.groups.find((g) => g.group === 'development')!;

  const notes = { income: [] as { marker: string; text: string }[], costs: [] as { marker: string; text: string }[] };
  const lineRow = (line: BudgetSheetLine, table: 'income' | 'costs'): BudgetTableRow => {
    const note = line.note.trim();
    const text = [line.outsideTotal && !note.includes(t.outsideTotal) ? t.outsideTotal : '', note]
      .filter(Boolean)
      .join(' ');
    let marker = '';
    if (text) {
      marker = '*'.repeat(notes[table].length + 1);
      notes[table].push({ marker, text });
    }
    return { kind: 'line', label: line.name, marker, amounts: lineAmounts(line, columns) };
  };
  const of = (keep: (line: BudgetSheetLine) => boolean) => input.lines.filter(keep);
  const equityLine = input.lines.find((line) => line.category === 'EQUITY');

  const incomeRows: BudgetTableRow[] = [
    ...of((l) => l.category === 'MEMBER_CONTRIBUTION').map((l) => lineRow(l, 'income')),
    { kind: 'subtotal', label: t.memberContributions, marker: '', amounts: perYear('memberContributions') },
    ...of((l) => l.category === 'OTHER_INCOME').map((l) => lineRow(l, 'income')),
    { kind: 'line', label: equityLine?.name ?? t.openingEquity, marker: '', amounts: perYear('openingEquity') },
    { kind: 'total', label: t.totalAvailable, marker: '', amounts: perYear('totalAvailable') },
  ];
  const costRows: BudgetTableRow[] = [
    { kind: 'heading', label: t.development, marker: '', amounts: [] },
    ...of((l) => l.type === 'COST' && groupOf(l.category) === 'development').map((l) => lineRow(l, 'costs')),
    {
      kind: 'subtotal',
      label: t.developmentTotal,
      marker: '',
      amounts: columns.map((c) => development.amounts[c.year]!),
    },
    ...of((l) => l.type === 'COST' && groupOf(l.category) === 'reserve').map((l) => lineRow(l, 'costs')),
    ...of((l) => l.type === 'COST' && groupOf(l.category) === 'administration').map((l) => lineRow(l, 'costs')),
    { kind: 'total', label: t.totalCosts, marker: '', amounts: perYear('costs') },
  ];

  return {
    income: {
      key: 'income',
      title: t.incomeTable,
      caption: t.incomeCaption,
      columns,
      rows: incomeRows,
      notes: notes.income,
    },
    costs: { key: 'costs', title: t.costTable, caption: t.costCaption, columns, rows: costRows, notes: notes.costs },
    totalsByYear: new Map(
      totals.map((y) => [y.year, { totalAvailable: y.totalAvailable, costs: y.costs, closingEquity: y.closingEquity }]),
    ),
  };
}
