import { statsRow } from '@/domain/results/test-fixtures';

/** Försteget's fourth quarter of 2026 (counts only), as the follow-up tests enter it. */
export function forstegetQ4Counts(interventionId: string) {
  return {
    interventionId,
    ...statsRow({
      period: 4,
      women: 13,
      men: 10,
      otherOrUnknown: 1,
      ageBandCounts: [0, 0, 0],
      newCount: 2,
      activeCount: 24,
      endedCount: 3,
      endedWork: 2,
      endedStudies: 1,
      stepMovement: 8,
    }),
    periodKind: 'QUARTER' as const,
  };
}
