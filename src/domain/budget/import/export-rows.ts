import type { Kronor } from '../../money/kronor';
import type { AmountKind } from '../budget-columns';
import { groupOf } from '../budget-groups';
import { computedSums, sumsKey, type LineWithAmounts } from './computed-sums';
import { SUM_ROWS, type SumKey } from './layout';

export interface ExportColumn {
  year: number;
  kind: AmountKind;
}

export type ExportRow<L> =
  { kind: 'line'; line: L } | { kind: 'sum'; key: SumKey; label: string; values: Map<string, Kronor> };

/**
 * The lines in the order the plan prints them, each group closed by its Summa row:
 * member contributions, Summa Samverkansmedel; other income and equity, TOTALT;
 * development (structural, interventions, new), TOTALT Utvecklingsinsatser; reserve and
 * administration, SUMMA KOSTNADER. Summa values are computed with the project's rules.
 */
export function exportRows<L extends LineWithAmounts>(
  lines: readonly L[],
  columns: readonly ExportColumn[],
): ExportRow<L>[] {
  const sums = computedSums(lines, columns);
  const sumRow = (key: SumKey): ExportRow<L> => ({
    kind: 'sum',
    key,
    label: SUM_ROWS[key],
    values: new Map(columns.map((column) => [sumsKey(column), sums.get(sumsKey(column))![key]])),
  });
  const where = (keep: (line: L) => boolean) =>
    lines.filter(keep).map((line): ExportRow<L> => ({ kind: 'line', line }));
  const group = (line: L) => groupOf(line.category);
  return [
    ...where((l) => l.category === 'MEMBER_CONTRIBUTION'),
    sumRow('memberContributions'),
    ...where((l) => group(l) === 'income' && l.category !== 'MEMBER_CONTRIBUTION'),
    ...where((l) => group(l) === 'equity'),
    sumRow('totalAvailable'),
    ...where((l) => group(l) === 'development'),
    sumRow('development'),
    ...where((l) => group(l) === 'reserve' || group(l) === 'administration'),
    sumRow('costs'),
  ];
}

/** The columns an export writes: the plan's budget and prognosis columns, then outcome years it holds. */
export function exportColumns(
  planColumns: readonly ExportColumn[],
  amounts: readonly { year: number; kind: AmountKind }[],
): ExportColumn[] {
  const outcomeYears = [...new Set(amounts.filter((a) => a.kind === 'OUTCOME').map((a) => a.year))].sort(
    (a, b) => a - b,
  );
  return [...planColumns, ...outcomeYears.map((year) => ({ year, kind: 'OUTCOME' as const }))];
}
