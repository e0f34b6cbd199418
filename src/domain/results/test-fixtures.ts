import type { ParticipantStatsRow, PeriodKind } from './types';

/** A consistent period for tests: 10 active (6 women, 4 men; 2/3/5 by age), 3 new, 2 ended (1 work, 1 studies). */
export function statsRow(
  overrides: Partial<ParticipantStatsRow> & { periodKind?: PeriodKind } = {},
): ParticipantStatsRow {
  return {
    periodKind: 'QUARTER',
    year: 2026,
    period: 1,
    women: 6,
    men: 4,
    otherOrUnknown: 0,
    ageBandCounts: [2, 3, 5],
    newCount: 3,
    activeCount: 10,
    endedCount: 2,
    endedWork: 1,
    endedStudies: 1,
    endedWageSubsidy: 0,
    endedMemberService: 0,
    endedIllness: 0,
    endedOwnWish: 0,
    endedOther: 0,
    stepMovement: 4,
    note: '',
    ...overrides,
  };
}
