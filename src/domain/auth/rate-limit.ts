/** How many failed sign-ins an e-mail address gets, and for how long a lockout lasts. */
export interface RateLimitPolicy {
  maxFailures: number;
  windowMs: number;
}

export const SIGN_IN_RATE_LIMIT: RateLimitPolicy = { maxFailures: 5, windowMs: 15 * 60 * 1000 };

export interface SignInAttemptRecord {
  succeeded: boolean;
  at: Date;
}

export type RateLimitDecision = { locked: false; failuresLeft: number } | { locked: true; retryAt: Date };

/** Only attempts newer than this matter; load these from storage. */
export function attemptsSince(now: Date, policy: RateLimitPolicy = SIGN_IN_RATE_LIMIT): Date {
  return new Date(now.getTime() - policy.windowMs);
}

/**
 * Locked while `maxFailures` failures have happened within the window since the last success.
 * Attempts made while locked count as failures too, so hammering keeps the lock;
 * a person waiting the window out gets in.
 */
export function decideRateLimit(
  attempts: readonly SignInAttemptRecord[],
  now: Date,
  policy: RateLimitPolicy = SIGN_IN_RATE_LIMIT,
): RateLimitDecision {
  const since = attemptsSince(now, policy).getTime();
  const recent = attempts
    .filter((attempt) => attempt.at.getTime() > since && attempt.at.getTime() <= now.getTime())
    .sort((a, b) => b.at.getTime() - a.at.getTime());
  const lastSuccess = recent.findIndex((attempt) => attempt.succeeded);
  const failures = lastSuccess === -1 ? recent : recent.slice(0, lastSuccess);

  if (failures.length < policy.maxFailures) {
    return { locked: false, failuresLeft: policy.maxFailures - failures.length };
  }
  // The lock lifts when the oldest of the last `maxFailures` failures leaves the window.
  const oldestCounted = failures[policy.maxFailures - 1]!;
  return { locked: true, retryAt: new Date(oldestCounted.at.getTime() + policy.windowMs) };
}
