import type { AmountKind } from '../budget-columns';
import type { BudgetCategory, BudgetLineType } from '../types';

/**
 * The spreadsheet layout shared by import and export (FinsamGotland's own budget table):
 * a type column, a name column, then one column per year headed by kind and year.
 * These words are the file format, not interface text: a file written in Swedish reads the same everywhere.
 */
export const TYPE_COLUMN = 1;
export const NAME_COLUMN = 2;
export const FIRST_AMOUNT_COLUMN = 3;

export const LINE_TYPES = {
  INCOME: 'Intäkt',
  INCOME_OUTSIDE_TOTAL: 'Intäkt utanför totalen',
  EQUITY: 'Eget kapital',
  COST: 'Kostnad',
  COST_OUTSIDE_TOTAL: 'Kostnad utanför totalen',
  SUM: 'Summa',
} as const;
export type LineTypeKey = keyof typeof LINE_TYPES;

export const HEADER_TITLES = { type: 'Typ', name: 'Rad' } as const;

export const KIND_LABELS: Record<AmountKind, string> = { BUDGET: 'Budget', PROGNOSIS: 'Prognos', OUTCOME: 'Utfall' };
const KIND_WORDS: Record<string, AmountKind> = {
  budget: 'BUDGET',
  budgetplan: 'BUDGET',
  prognos: 'PROGNOSIS',
  utfall: 'OUTCOME',
};

/** The Summa rows the import checks and the export writes, in the order they close their group. */
export const SUM_ROWS = {
  memberContributions: 'Summa Samverkansmedel',
  totalAvailable: 'TOTALT',
  development: 'TOTALT Utvecklingsinsatser',
  costs: 'SUMMA KOSTNADER',
} as const;
export type SumKey = keyof typeof SUM_ROWS;

/** Lower case, no diacritics, single spaces: "Jobbvägen  A/R" and "jobbvagen a/r" are the same name. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase('sv')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

export function lineTypeOf(text: string): LineTypeKey | null {
  const folded = fold(text);
  const entry = Object.entries(LINE_TYPES).find(([, label]) => fold(label) === folded);
  return entry ? (entry[0] as LineTypeKey) : null;
}

export function sumKeyOf(name: string): SumKey | null {
  const folded = fold(name);
  const entry = Object.entries(SUM_ROWS).find(([, label]) => fold(label) === folded);
  return entry ? (entry[0] as SumKey) : null;
}

/** The type label a stored line is written with. */
export function lineTypeLabel(line: { type: BudgetLineType; category: BudgetCategory; outsideTotal: boolean }): string {
  if (line.category === 'EQUITY') return LINE_TYPES.EQUITY;
  if (line.type === 'INCOME') return line.outsideTotal ? LINE_TYPES.INCOME_OUTSIDE_TOTAL : LINE_TYPES.INCOME;
  return line.outsideTotal ? LINE_TYPES.COST_OUTSIDE_TOTAL : LINE_TYPES.COST;
}

export function columnHeader(column: { year: number; kind: AmountKind }): string {
  return `${KIND_LABELS[column.kind]} ${column.year}`;
}

/**
 * "Budget 2025", "Budgetplan 2022", "Prognos 2027", "Utfall 2025"; "Prognos 2023/2024" (or 2023/24)
 * is one column holding two years. Null when the text is not such a header.
 */
export function parseColumnHeader(text: string): { kind: AmountKind; years: number[] } | null {
  const match = /^([a-z]+)\s+(\d{4})(?:\s*\/\s*(\d{4}|\d{2}))?$/.exec(fold(text));
  if (!match) return null;
  const kind = KIND_WORDS[match[1]!];
  if (!kind) return null;
  const first = Number(match[2]);
  if (!match[3]) return { kind, years: [first] };
  const second = match[3].length === 2 ? Math.floor(first / 100) * 100 + Number(match[3]) : Number(match[3]);
  return second === first + 1 ? { kind, years: [first, second] } : null;
}
