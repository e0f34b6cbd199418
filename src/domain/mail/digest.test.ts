import { describe, expect, it } from 'vitest';
import { decideDigest, digestDedupeKey, digestTimeOn, stockholmDay } from './digest';

const at = (iso: string) => new Date(iso);

describe('digestTimeOn', () => {
  it('is 07:00 Swedish time: 06:00 UTC in winter, 05:00 UTC in summer', () => {
    expect(digestTimeOn('2026-12-03').toISOString()).toBe('2026-12-03T06:00:00.000Z');
    expect(digestTimeOn('2026-06-10').toISOString()).toBe('2026-06-10T05:00:00.000Z');
  });

  it('follows the clock on the days it changes', () => {
    // Summer time starts 2026-03-29 at 02:00, ends 2026-10-25 at 03:00.
    expect(digestTimeOn('2026-03-29').toISOString()).toBe('2026-03-29T05:00:00.000Z');
    expect(digestTimeOn('2026-10-25').toISOString()).toBe('2026-10-25T06:00:00.000Z');
  });
});

describe('stockholmDay', () => {
  it('changes at Swedish midnight, not at UTC midnight', () => {
    expect(stockholmDay(at('2026-12-02T22:59:59Z'))).toBe('2026-12-02');
    expect(stockholmDay(at('2026-12-02T23:00:00Z'))).toBe('2026-12-03');
    expect(stockholmDay(at('2026-06-10T21:59:59Z'))).toBe('2026-06-10');
    expect(stockholmDay(at('2026-06-10T22:00:00Z'))).toBe('2026-06-11');
  });
});

describe('decideDigest', () => {
  const yesterdayAfternoon = at('2026-12-02T14:00:00Z');

  it('is not due before 07:00 Swedish time, even with items waiting', () => {
    expect(
      decideDigest({ now: at('2026-12-03T05:59:00Z'), pendingCreatedAt: [yesterdayAfternoon], lastDigestAt: null }),
    ).toEqual({ due: false, reason: 'before-seven' });
  });

  it('is due from 07:00 with the items written before 07:00', () => {
    expect(
      decideDigest({
        now: at('2026-12-03T06:00:00Z'),
        pendingCreatedAt: [yesterdayAfternoon, at('2026-12-03T05:30:00Z')],
        lastDigestAt: null,
      }),
    ).toEqual({ due: true, day: '2026-12-03', cutoff: at('2026-12-03T06:00:00Z'), itemCount: 2 });
  });

  it('in summer 07:00 is 05:00 UTC, also on the day summer time starts', () => {
    const pending = [at('2026-03-28T12:00:00Z')];
    expect(decideDigest({ now: at('2026-03-29T04:59:00Z'), pendingCreatedAt: pending, lastDigestAt: null }).due).toBe(
      false,
    );
    expect(decideDigest({ now: at('2026-03-29T05:00:00Z'), pendingCreatedAt: pending, lastDigestAt: null }).due).toBe(
      true,
    );
  });

  it('after Swedish midnight it is a new day: yesterday evening’s items wait for 07:00', () => {
    // 00:30 Swedish time on 3 December is 23:30 UTC on 2 December.
    expect(
      decideDigest({ now: at('2026-12-02T23:30:00Z'), pendingCreatedAt: [yesterdayAfternoon], lastDigestAt: null }),
    ).toEqual({ due: false, reason: 'before-seven' });
  });

  it('an empty digest is never due', () => {
    expect(decideDigest({ now: at('2026-12-03T07:00:00Z'), pendingCreatedAt: [], lastDigestAt: null })).toEqual({
      due: false,
      reason: 'empty',
    });
  });

  it('an item written after 07:00 waits for the next morning', () => {
    expect(
      decideDigest({
        now: at('2026-12-03T15:00:00Z'),
        pendingCreatedAt: [at('2026-12-03T09:00:00Z')],
        lastDigestAt: null,
      }),
    ).toEqual({ due: false, reason: 'empty' });
  });

  it('one digest per Swedish day', () => {
    expect(
      decideDigest({
        now: at('2026-12-03T15:00:00Z'),
        pendingCreatedAt: [at('2026-12-03T05:50:00Z')],
        lastDigestAt: at('2026-12-03T06:05:00Z'),
      }),
    ).toEqual({ due: false, reason: 'already-sent' });
    expect(
      decideDigest({
        now: at('2026-12-04T06:05:00Z'),
        pendingCreatedAt: [at('2026-12-03T09:00:00Z')],
        lastDigestAt: at('2026-12-03T06:05:00Z'),
      }).due,
    ).toBe(true);
  });

  it('keys the digest by person and Swedish day', () => {
    expect(digestDedupeKey('p1', '2026-12-03')).toBe('digest:p1:2026-12-03');
  });
});
