import { describe, expect, it } from 'vitest';
import {
  checkChangeRequest,
  checkReady,
  mayReorderParagraphs,
  meetingDayHasCome,
  staleApprovals,
} from './minutes-lock';

// The board meeting of FinsamGotland on Friday 11 December 2026 at 09:00 Swedish time (08:00 UTC).
const startsAt = new Date('2026-12-11T09:00:00+01:00');
const draft = { state: 'DRAFT' as const, lockedAt: null, startsAt, secretaryId: 'director', paragraphCount: 4 };

describe('marking the minutes ready for adjustment', () => {
  it('is refused before the meeting day, in Swedish time', () => {
    expect(checkReady('director', draft, new Date('2026-12-02T18:00:00Z'))).toBe('BEFORE_MEETING_DAY');
    // 23:30 UTC on 10 December is 00:30 on 11 December in Stockholm: the day has come.
    expect(checkReady('director', draft, new Date('2026-12-10T22:59:00Z'))).toBe('BEFORE_MEETING_DAY');
    expect(checkReady('director', draft, new Date('2026-12-10T23:30:00Z'))).toBeNull();
  });

  it('is allowed on the meeting day itself, before the meeting starts, and any day after', () => {
    expect(checkReady('director', draft, new Date('2026-12-11T07:00:00+01:00'))).toBeNull();
    expect(checkReady('director', draft, new Date('2027-01-04T10:00:00+01:00'))).toBeNull();
    expect(meetingDayHasCome(startsAt, new Date('2026-12-11T23:59:00+01:00'))).toBe(true);
    expect(meetingDayHasCome(startsAt, new Date('2026-11-30T12:00:00+01:00'))).toBe(false);
  });

  it('is the secretary’s act when one is recorded; without one, whoever writes the minutes', () => {
    const after = new Date('2026-12-11T15:00:00+01:00');
    expect(checkReady('office', draft, after)).toBe('NOT_SECRETARY');
    expect(checkReady('office', { ...draft, secretaryId: null }, after)).toBeNull();
  });

  it('is refused twice, when locked, and with nothing written', () => {
    const after = new Date('2026-12-11T15:00:00+01:00');
    expect(checkReady('director', { ...draft, state: 'READY' }, after)).toBe('ALREADY_READY');
    expect(checkReady('director', { ...draft, state: 'LOCKED', lockedAt: after }, after)).toBe('LOCKED');
    expect(checkReady('director', { ...draft, paragraphCount: 0 }, after)).toBe('NO_PARAGRAPHS');
  });
});

describe('asking for a change instead of approving', () => {
  const adjusters = [
    { personId: 'vice', approvedAt: null },
    { personId: 'member', approvedAt: null },
  ];
  const ready = { state: 'READY' as const, lockedAt: null, adjusters };

  it('needs a chosen adjuster, ready minutes and a real comment', () => {
    expect(checkChangeRequest('vice', ready, '§ 7: beloppet ska vara 600 000 kr')).toBeNull();
    expect(checkChangeRequest('vice', ready, '  x        ')).toBe('COMMENT_TOO_SHORT');
    expect(checkChangeRequest('chair', ready, '§ 7: beloppet ska vara 600 000 kr')).toBe('NOT_ADJUSTER');
    expect(checkChangeRequest('vice', { ...ready, state: 'DRAFT' }, '§ 7: beloppet är fel')).toBe('NOT_READY');
    expect(checkChangeRequest('vice', { ...ready, lockedAt: new Date() }, '§ 7: beloppet är fel')).toBe('LOCKED');
  });
});

describe('reordering and voided approvals', () => {
  it('reorders only a draft', () => {
    expect(mayReorderParagraphs('DRAFT', null)).toBe(true);
    expect(mayReorderParagraphs('READY', null)).toBe(false);
    expect(mayReorderParagraphs('LOCKED', new Date())).toBe(false);
  });

  it('an approval given to other content than the current is stale', () => {
    const at = new Date('2026-12-14T10:00:00+01:00');
    const adjusters = [
      { personId: 'vice', approvedAt: at, contentHash: 'old' },
      { personId: 'member', approvedAt: null, contentHash: null },
    ];
    expect(staleApprovals(adjusters, 'old')).toEqual([]);
    expect(staleApprovals(adjusters, 'new').map((a) => a.personId)).toEqual(['vice']);
  });
});
