import { describe, expect, it } from 'vitest';
import { tokenExpiresAt, tokenState } from './one-time-tokens';

const now = new Date('2026-12-02T10:00:00Z');

describe('one-time token lifetimes', () => {
  it('an invitation lasts 7 days, a reset an hour, a first password a day', () => {
    expect(tokenExpiresAt('INVITATION', now).toISOString()).toBe('2026-12-09T10:00:00.000Z');
    expect(tokenExpiresAt('RESET', now).toISOString()).toBe('2026-12-02T11:00:00.000Z');
    expect(tokenExpiresAt('SET_PASSWORD', now).toISOString()).toBe('2026-12-03T10:00:00.000Z');
  });

  it('is valid until the instant it expires', () => {
    const expiresAt = tokenExpiresAt('RESET', now);
    expect(tokenState({ expiresAt }, new Date(expiresAt.getTime() - 1))).toBe('VALID');
    expect(tokenState({ expiresAt }, expiresAt)).toBe('EXPIRED');
  });

  it('says used or revoked before expired', () => {
    const expiresAt = new Date('2026-12-01T00:00:00Z');
    expect(tokenState({ expiresAt, usedAt: now }, now)).toBe('USED');
    expect(tokenState({ expiresAt, revokedAt: now }, now)).toBe('REVOKED');
    expect(tokenState({ expiresAt: tokenExpiresAt('INVITATION', now), revokedAt: now }, now)).toBe('REVOKED');
  });
});
