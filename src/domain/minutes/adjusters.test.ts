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
  const base = {
    state: 'READY' as const,
    lockedAt: null,
    adjusters: none,
    paragraphCount: 3,
    presentPersonIds: ['vice', 'member', 'chair'],
    currentHash: 'h1',
  };

  it('goes draft → ready → partly approved → locked', () => {
    expect(minutesState('DRAFT', null, none)).toBe('DRAFT');
    expect(minutesState('READY', null, none)).toBe('READY');
    expect(minutesState('READY', null, [{ personId: 'vice', approvedAt: at }, none[1]!])).toBe('PARTLY_APPROVED');
    expect(minutesState('LOCKED', at, [])).toBe('LOCKED');
    expect(minutesState('READY', at, [])).toBe('LOCKED');
  });

  it('lets only a chosen adjuster approve, once, the content they saw; the second approval locks', () => {
    expect(checkApproval('vice', base, 'h1')).toEqual({ refusal: null, locksMinutes: false });
    expect(checkApproval('chair', base, 'h1').refusal).toBe('NOT_ADJUSTER');
    const oneApproved = { ...base, adjusters: [{ personId: 'vice', approvedAt: at }, none[1]!] };
    expect(checkApproval('vice', oneApproved, 'h1').refusal).toBe('ALREADY_APPROVED');
    expect(checkApproval('member', oneApproved, 'h1')).toEqual({ refusal: null, locksMinutes: true });
  });

  it('refuses before the minutes are ready, an absent adjuster, and content that changed since it was shown', () => {
    expect(checkApproval('vice', { ...base, state: 'DRAFT' }, 'h1').refusal).toBe('NOT_READY');
    expect(checkApproval('vice', { ...base, presentPersonIds: ['member'] }, 'h1').refusal).toBe('ABSENT');
    expect(checkApproval('vice', base, 'h0').refusal).toBe('CONTENT_CHANGED');
  });

  it('refuses when locked, when only one adjuster is chosen, or when nothing is written', () => {
    expect(checkApproval('vice', { ...base, lockedAt: at }, 'h1').refusal).toBe('LOCKED');
    expect(checkApproval('vice', { ...base, adjusters: [none[0]!] }, 'h1').refusal).toBe('ADJUSTERS_INCOMPLETE');
    expect(checkApproval('vice', { ...base, paragraphCount: 0 }, 'h1').refusal).toBe('NO_PARAGRAPHS');
  });
});
