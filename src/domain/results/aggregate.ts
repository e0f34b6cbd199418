import { quarterOfMonth } from './periods';
import { ENDED_REASONS, type CountField, type ParticipantStatsRow, type PeriodKind } from './types';

/** Counts that happen during a period and add up over periods. */
const FLOW_FIELDS = [
  'newCount',
  'endedCount',
  ...ENDED_REASONS,
  'stepMovement',
] as const satisfies readonly CountField[];

export interface AggregateStats {
  periodKind: PeriodKind;
  year: number;
  period: number;
  newCount: number;
  /** People taking part at some time during the aggregate period. */
  activeCount: number;
  endedCount: number;
  endedWork: number;
  endedStudies: number;
  endedWageSubsidy: number;
  endedMemberService: number;
  endedIllness: number;
  endedOwnWish: number;
  endedOther: number;
  stepMovement: number;
  /** Women/men/other and age bands: as entered for a single period; null when made of several (they are not additive). */
  women: number | null;
  men: number | null;
  otherOrUnknown: number | null;
  ageBandCounts: number[] | null;
  /** Which stored periods it was made from, e.g. ['QUARTER 1', 'QUARTER 2']. */
  sources: string[];
}

function single(row: ParticipantStatsRow): AggregateStats {
  return {
    periodKind: row.periodKind,
    year: row.year,
    period: row.period,
    newCount: row.newCount,
    activeCount: row.activeCount,
    endedCount: row.endedCount,
    endedWork: row.endedWork,
    endedStudies: row.endedStudies,
    endedWageSubsidy: row.endedWageSubsidy,
    endedMemberService: row.endedMemberService,
    endedIllness: row.endedIllness,
    endedOwnWish: row.endedOwnWish,
    endedOther: row.endedOther,
    stepMovement: row.stepMovement,
    women: row.women,
    men: row.men,
    otherOrUnknown: row.otherOrUnknown,
    ageBandCounts: row.ageBandCounts,
    sources: [`${row.periodKind} ${row.period}`],
  };
}

/**
 * Consecutive periods (in time order) as one. Flows add up. The people active in the whole span
 * are those active in the first period plus those new in each later one: everyone else was
 * already counted (aggregates cannot tell a returning participant, who is counted again).
 */
export function combinePeriods(
  parts: readonly AggregateStats[],
  into: { periodKind: PeriodKind; year: number; period: number },
): AggregateStats | null {
  if (parts.length === 0) return null;
  if (parts.length === 1) return { ...parts[0]!, ...into };
  const sorted = [...parts];
  const result: AggregateStats = {
    ...into,
    newCount: 0,
    activeCount: sorted[0]!.activeCount + sorted.slice(1).reduce((sum, part) => sum + part.newCount, 0),
    endedCount: 0,
    endedWork: 0,
    endedStudies: 0,
    endedWageSubsidy: 0,
    endedMemberService: 0,
    endedIllness: 0,
    endedOwnWish: 0,
    endedOther: 0,
    stepMovement: 0,
    women: null,
    men: null,
    otherOrUnknown: null,
    ageBandCounts: null,
    sources: sorted.flatMap((part) => part.sources),
  };
  for (const field of FLOW_FIELDS) result[field] = sorted.reduce((sum, part) => sum + part[field], 0);
  return result;
}

/** A quarter: its own row if stored, else its months. */
export function aggregateQuarter(
  rows: readonly ParticipantStatsRow[],
  year: number,
  quarter: number,
): AggregateStats | null {
  const own = rows.find((row) => row.year === year && row.periodKind === 'QUARTER' && row.period === quarter);
  if (own) return single(own);
  const months = rows
    .filter((row) => row.year === year && row.periodKind === 'MONTH' && quarterOfMonth(row.period) === quarter)
    .sort((a, b) => a.period - b.period)
    .map(single);
  return combinePeriods(months, { periodKind: 'QUARTER', year, period: quarter });
}

/** A year: its own YEAR row if stored, else its quarters (each from its row or its months). */
export function aggregateYear(rows: readonly ParticipantStatsRow[], year: number): AggregateStats | null {
  const own = rows.find((row) => row.year === year && row.periodKind === 'YEAR');
  if (own) return single(own);
  const quarters = [1, 2, 3, 4]
    .map((q) => aggregateQuarter(rows, year, q))
    .filter((q): q is AggregateStats => q !== null);
  return combinePeriods(quarters, { periodKind: 'YEAR', year, period: 1 });
}

/** Several interventions' figures for the same span added up (different people in each). */
export function sumInterventions(parts: readonly AggregateStats[]): AggregateStats | null {
  if (parts.length === 0) return null;
  const result = combinePeriods(parts, parts[0]!);
  if (!result) return null;
  result.activeCount = parts.reduce((sum, part) => sum + part.activeCount, 0);
  result.newCount = parts.reduce((sum, part) => sum + part.newCount, 0);
  return result;
}

/** Ended to work: work, with or without wage subsidy (both are employment). */
export function endedToWork(stats: Pick<AggregateStats, 'endedWork' | 'endedWageSubsidy'>): number {
  return stats.endedWork + stats.endedWageSubsidy;
}
