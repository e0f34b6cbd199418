/** What a one-time link is for; each has its own lifetime. */
export type OneTimeTokenKind = 'INVITATION' | 'RESET' | 'SET_PASSWORD';

const HOUR = 60 * 60 * 1000;

/** An invitation waits a week; a reset link an hour; the first administrator's link a day. */
export const TOKEN_LIFETIME_MS: Record<OneTimeTokenKind, number> = {
  INVITATION: 7 * 24 * HOUR,
  RESET: HOUR,
  SET_PASSWORD: 24 * HOUR,
};

export function tokenExpiresAt(kind: OneTimeTokenKind, now: Date): Date {
  return new Date(now.getTime() + TOKEN_LIFETIME_MS[kind]);
}

export type TokenState = 'VALID' | 'USED' | 'REVOKED' | 'EXPIRED';

/** Used and revoked win over expired: the page can say what happened, not only that it is late. */
export function tokenState(
  token: { expiresAt: Date; usedAt?: Date | null; revokedAt?: Date | null },
  now: Date,
): TokenState {
  if (token.usedAt) return 'USED';
  if (token.revokedAt) return 'REVOKED';
  if (now.getTime() >= token.expiresAt.getTime()) return 'EXPIRED';
  return 'VALID';
}
