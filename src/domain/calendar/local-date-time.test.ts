import { describe, expect, it } from 'vitest';
import { parseLocalDateTime, toLocalDateTimeInput } from './local-date-time';

describe('parseLocalDateTime', () => {
  it('reads Swedish winter and summer time', () => {
    expect(parseLocalDateTime('2026-12-11T09:00')!.toISOString()).toBe('2026-12-11T08:00:00.000Z');
    expect(parseLocalDateTime('2026-06-12T13:30')!.toISOString()).toBe('2026-06-12T11:30:00.000Z');
  });

  it('refuses malformed and impossible values', () => {
    for (const text of ['', '2026-12-11', '2026-02-30T10:00', '2026-13-01T10:00', '2026-12-11T24:00'])
      expect(parseLocalDateTime(text)).toBeNull();
  });

  it('round-trips', () => {
    expect(toLocalDateTimeInput(new Date('2026-12-11T08:00:00Z'))).toBe('2026-12-11T09:00');
    expect(toLocalDateTimeInput(parseLocalDateTime('2026-03-29T10:15')!)).toBe('2026-03-29T10:15');
  });
});
