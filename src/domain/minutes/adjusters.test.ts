import { describe, expect, it } from 'vitest';
import { checkAdjusters, eligibleAdjusters } from './adjusters';
import { checkApproval, minutesState } from './minutes-lock';

const present = [
  { personId: 'chair', boardMember: true },
  { personId: 'vice', boardMember: true },
  { personId: 'deputy-serving', boardMember: true },
  { personId: 'deputy-not-serving', boardMember: true },
  { personId: 'director', boardMember: false },
];
const voters = ['chair', 'vice', 'deputy-serving'];

describe('adjusters', () => {
  it('may be those present with a vote or present board members, not the co-opted director', () => {
    expect(eligibleAdjusters(present, voters).sort()).toEqual([
      'chair',
      'deputy-not-serving',
      'deputy-serving',
      'vice',
    ]);
  });

  it('are exactly two different eligible people', () => {
    const eligible = eligibleAdjusters(present, voters);
    expect(checkAdjusters(['vice', 'deputy-serving'], eligible)).toBeNull();
    expect(checkAdjusters(['vice'], eligible)).toBe('COUNT');
    expect(checkAdjusters(['vice', 'chair', 'deputy-serving'], eligible)).toBe('COUNT');
    expect(checkAdjusters(['vice', 'vice'], eligible)).toBe('SAME_PERSON');
    expect(checkAdjusters(['vice', 'director'], eligible)).toBe('NOT_ELIGIBLE');
  });
});

describe('approving and locking the minutes', () => {
  const at = new Date('2026-12-14T10:00:00+01:00');
  const none = [
    { personId: 'vice', approvedAt: null },
    { personId: 'member', approvedAt: null },
  ];

  it('goes open → awaiting → partly approved → locked', () => {
    expect(minutesState(null, [])).toBe('OPEN');
    expect(minutesState(null, none)).toBe('AWAITING_ADJUSTERS');
    expect(minutesState(null, [{ personId: 'vice', approvedAt: at }, none[1]!])).toBe('PARTLY_APPROVED');
    expect(minutesState(at, [])).toBe('LOCKED');
  });

  it('lets only a chosen adjuster approve, once; the second approval locks', () => {
    const minutes = { lockedAt: null, adjusters: none, paragraphCount: 3 };
    expect(checkApproval('vice', minutes)).toEqual({ refusal: null, locksMinutes: false });
    expect(checkApproval('chair', minutes).refusal).toBe('NOT_ADJUSTER');
    const oneApproved = { ...minutes, adjusters: [{ personId: 'vice', approvedAt: at }, none[1]!] };
    expect(checkApproval('vice', oneApproved).refusal).toBe('ALREADY_APPROVED');
    expect(checkApproval('member', oneApproved)).toEqual({ refusal: null, locksMinutes: true });
  });

  it('refuses when locked, when only one adjuster is chosen, or when nothing is written', () => {
    expect(checkApproval('vice', { lockedAt: at, adjusters: none, paragraphCount: 3 }).refusal).toBe('LOCKED');
    expect(checkApproval('vice', { lockedAt: null, adjusters: [none[0]!], paragraphCount: 3 }).refusal).toBe(
      'ADJUSTERS_INCOMPLETE',
    );
    expect(checkApproval('vice', { lockedAt: null, adjusters: none, paragraphCount: 0 }).refusal).toBe('NO_PARAGRAPHS');
  });
});
