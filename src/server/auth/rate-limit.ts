import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import {
  attemptsSince,
  decideRateLimit,
  SIGN_IN_RATE_LIMIT,
  type RateLimitDecision,
  type RateLimitPolicy,
} from '@/domain/auth/rate-limit';

/**
 * Serialises sign-ins for one address until the transaction ends, so parallel guesses
 * cannot slip past the limit, across every app instance sharing the database.
 */
export async function lockSignInsFor(tx: Prisma.TransactionClient, email: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`sign-in:${email}`}))`;
}

export async function checkSignInRateLimit(
  tx: Prisma.TransactionClient,
  email: string,
  now: Date,
  policy: RateLimitPolicy = SIGN_IN_RATE_LIMIT,
): Promise<RateLimitDecision> {
  const attempts = await tx.signInAttempt.findMany({
    where: { email, at: { gt: attemptsSince(now, policy) } },
    select: { succeeded: true, at: true },
  });
  return decideRateLimit(attempts, now, policy);
}

export async function recordSignInAttempt(
  tx: Prisma.TransactionClient,
  attempt: { email: string; ip: string | null; succeeded: boolean; at: Date },
): Promise<void> {
  await tx.signInAttempt.create({ data: attempt });
}
