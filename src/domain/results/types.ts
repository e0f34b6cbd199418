/** Period kinds as in the schema's StatsPeriodKind. */
export type PeriodKind = 'MONTH' | 'QUARTER' | 'YEAR';

/** Reasons a participant ended, in the order the statistics table shows them. */
export const ENDED_REASONS = [
  'endedWork',
  'endedStudies',
  'endedWageSubsidy',
  'endedMemberService',
  'endedIllness',
  'endedOwnWish',
  'endedOther',
] as const;
export type EndedReason = (typeof ENDED_REASONS)[number];

/** The counted fields of one period's participant statistics (aggregates only, never persons). */
export const COUNT_FIELDS = [
  'women',
  'men',
  'otherOrUnknown',
  'newCount',
  'activeCount',
  'endedCount',
  ...ENDED_REASONS,
  'stepMovement',
] as const;
export type CountField = (typeof COUNT_FIELDS)[number];

export type StatsCounts = Record<CountField, number> & {
  /** Counts per age band, in the order of the settings' age band limits (limits.length + 1 bands). */
  ageBandCounts: number[];
};

export interface StatsPeriod {
  periodKind: PeriodKind;
  year: number;
  /** Month 1–12, quarter 1–4, or 1 for a whole year. */
  period: number;
}

export type ParticipantStatsRow = StatsPeriod & StatsCounts & { note: string };

export type GoalTargetKind = 'PERCENT' | 'COUNT' | 'YES_NO';
export type GoalMeasure =
  | 'INDICATOR_SHARE'
  | 'ENDED_TO_WORK_SHARE'
  | 'ENDED_TO_WORK_OR_STUDIES_SHARE'
  | 'STEP_MOVEMENT_SHARE'
  | 'PARTICIPANT_COUNT';
export type GoalOutcome = 'MET' | 'NOT_MET' | 'NOT_MEASURABLE_YET';
