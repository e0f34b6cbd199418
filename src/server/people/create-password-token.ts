import 'server-only';
import { tokenExpiresAt } from '@/domain/auth/one-time-tokens';
import type { Prisma } from '@/generated/prisma/client';
import { newOneTimeToken } from '@/server/auth/one-time-token';

export type PasswordTokenPurpose = 'SET_PASSWORD' | 'RESET';

export function passwordTokenPath(token: string): string {
  return `/losenord/${token}`;
}

/**
 * A one-time link for choosing a password: a reset (valid an hour) or a first password (a day).
 * The person's earlier unused links of the same purpose stop working (marked used), so only the
 * newest mail's link does. No mail and no authorization here: the callers decide both.
 */
export async function createPasswordToken(
  tx: Prisma.TransactionClient,
  input: { personId: string; purpose: PasswordTokenPurpose; now: Date },
): Promise<{ token: string; path: string; expiresAt: Date }> {
  await tx.passwordToken.updateMany({
    where: { personId: input.personId, purpose: input.purpose, usedAt: null },
    data: { usedAt: input.now },
  });
  const { token, tokenHash } = newOneTimeToken();
  const expiresAt = tokenExpiresAt(input.purpose, input.now);
  await tx.passwordToken.create({
    data: { personId: input.personId, purpose: input.purpose, tokenHash, expiresAt, createdAt: input.now },
  });
  return { token, path: passwordTokenPath(token), expiresAt };
}
