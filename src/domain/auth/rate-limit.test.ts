import { describe, expect, it } from 'vitest';
import { attemptsSince, decideRateLimit, SIGN_IN_RATE_LIMIT, type SignInAttemptRecord } from './rate-limit';

const now = new Date('2026-03-02T10:00:00Z');
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
const failed = (minutes: number): SignInAttemptRecord => ({ succeeded: false, at: minutesAgo(minutes) });
const succeeded = (minutes: number): SignInAttemptRecord => ({ succeeded: true, at: minutesAgo(minutes) });

describe('decideRateLimit', () => {
  it('allows a fresh address with all tries left', () => {
    expect(decideRateLimit([], now)).toEqual({ locked: false, failuresLeft: 5 });
  });

  it('allows four failures within the window', () => {
    expect(decideRateLimit([failed(1), failed(2), failed(3), failed(4)], now)).toEqual({
      locked: false,
      failuresLeft: 1,
    });
  });

  it('locks after five failures within 15 minutes, until the oldest leaves the window', () => {
    const decision = decideRateLimit([failed(1), failed(2), failed(3), failed(4), failed(10)], now);
    expect(decision).toEqual({ locked: true, retryAt: new Date(minutesAgo(10).getTime() + 15 * 60_000) });
  });

  it('counts only the last five failures for the lift time', () => {
    const attempts = [failed(1), failed(2), failed(3), failed(4), failed(5), failed(6), failed(7)];
    expect(decideRateLimit(attempts, now)).toEqual({ locked: true, retryAt: minutesAgo(5 - 15) });
  });

  it('forgets failures older than the window', () => {
    const attempts = [failed(1), failed(2), failed(3), failed(4), failed(15), failed(16)];
    expect(decideRateLimit(attempts, now)).toEqual({ locked: false, failuresLeft: 1 });
  });

  it('is unlocked exactly when the window has passed', () => {
    const attempts = [0, 1, 2, 3, 4].map((m) => ({ succeeded: false, at: new Date(now.getTime() + m * 1000) }));
    const lifted = new Date(now.getTime() + 15 * 60_000);
    expect(decideRateLimit(attempts, new Date(lifted.getTime() - 1))).toMatchObject({ locked: true, retryAt: lifted });
    expect(decideRateLimit(attempts, lifted)).toMatchObject({ locked: false });
  });

  it('starts counting again after a success', () => {
    const attempts = [failed(1), failed(2), succeeded(3), failed(4), failed(5), failed(6), failed(7)];
    expect(decideRateLimit(attempts, now)).toEqual({ locked: false, failuresLeft: 3 });
  });

  it('does not depend on the order attempts are given in', () => {
    const attempts = [failed(10), failed(1), failed(4), failed(3), failed(2)];
    expect(decideRateLimit(attempts, now)).toMatchObject({ locked: true, retryAt: minutesAgo(10 - 15) });
  });

  it('ignores attempts stamped after now', () => {
    expect(decideRateLimit([failed(-1), failed(-2), failed(-3), failed(-4), failed(-5)], now)).toMatchObject({
      locked: false,
    });
  });

  it('takes another policy', () => {
    const policy = { maxFailures: 2, windowMs: 60_000 };
    expect(decideRateLimit([failed(0.5), failed(0.25)], now, policy)).toMatchObject({ locked: true });
    expect(attemptsSince(now, policy)).toEqual(minutesAgo(1));
  });
});

describe('SIGN_IN_RATE_LIMIT', () => {
  it('is five failures in fifteen minutes', () => {
    expect(SIGN_IN_RATE_LIMIT).toEqual({ maxFailures: 5, windowMs: 900_000 });
  });
});
