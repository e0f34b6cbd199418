import { describe, expect, it } from 'vitest';
import { settingsAsOf } from './settings-as-of';

const today = { directorAttestLimitPbb: '2', attestAboveLimitRole: 'VICE_CHAIR', vatRate: '0.25' };
const changes = [
  {
    at: new Date('2026-03-01T10:00:00Z'),
    data: { before: { directorAttestLimitPbb: '1' }, after: { directorAttestLimitPbb: '1.5' } },
  },
  {
    at: new Date('2026-09-01T10:00:00Z'),
    data: {
      before: { directorAttestLimitPbb: '1.5', attestAboveLimitRole: 'CHAIR' },
      after: { directorAttestLimitPbb: '2', attestAboveLimitRole: 'VICE_CHAIR' },
    },
  },
];

describe('settingsAsOf', () => {
  it('undoes the changes made after the instant, newest first', () => {
    expect(settingsAsOf(today, changes, new Date('2026-01-15T00:00:00Z'))).toEqual({
      directorAttestLimitPbb: '1',
      attestAboveLimitRole: 'CHAIR',
      vatRate: '0.25',
    });
    expect(settingsAsOf(today, changes, new Date('2026-05-01T00:00:00Z'))).toMatchObject({
      directorAttestLimitPbb: '1.5',
      attestAboveLimitRole: 'CHAIR',
    });
  });

  it('keeps today’s values after the last change, and ignores entries of another shape', () => {
    expect(settingsAsOf(today, changes, new Date('2026-10-01T00:00:00Z'))).toEqual(today);
    expect(settingsAsOf(today, [{ at: new Date('2027-01-01T00:00:00Z'), data: { year: 2027 } }], new Date(0))).toEqual(
      today,
    );
  });
});
