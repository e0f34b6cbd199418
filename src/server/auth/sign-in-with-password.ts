import 'server-only';
import { z } from 'zod';
import { normalizeEmail, type SignInErrorCode } from '@/domain/auth/sign-in-errors';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import { hashPassword, verifyPassword } from './password';
import { checkSignInRateLimit, lockSignInsFor, recordSignInAttempt } from './rate-limit';
import type { UseCaseDeps } from '@/server/kernel/deps';

export const SIGN_IN_AUDIT = {
  succeeded: 'auth.signIn.succeeded',
  failed: 'auth.signIn.failed',
  /** The failure that started a lockout. */
  lockedOut: 'auth.signIn.lockedOut',
  /** An attempt refused because the address was locked out. */
  blocked: 'auth.signIn.blocked',
  signedOut: 'auth.signedOut',
} as const;

const input = z.object({
  email: z.string().trim().min(1).max(320),
  // Argon2 cost grows with the input: cap it.
  password: z.string().min(1).max(1024),
});

export interface SignedInPerson {
  id: string;
  name: string;
  email: string;
  /** Goes into the session token; a later bump ends the session (ADR 030). */
  sessionVersion: number;
}

export type SignInResult = { ok: true; person: SignedInPerson } | { ok: false; code: SignInErrorCode };

// Unknown addresses are checked against this, so they take as long as known ones.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword('no such person'));

/** Checks an e-mail and password, rate limited per address; every attempt is recorded and audited. */
export async function signInWithPassword(
  credentials: { email?: unknown; password?: unknown; ip?: string | null },
  options: UseCaseDeps = {},
): Promise<SignInResult> {
  const parsed = input.safeParse(credentials);
  if (!parsed.success) return { ok: false, code: 'INVALID_INPUT' };
  const email = normalizeEmail(parsed.data.email);
  const ip = credentials.ip ?? null;
  const db = options.db ?? prisma;
  const fallbackHash = await getDummyHash();

  return db.$transaction(
    async (tx) => {
      const now = options.now ?? new Date();
      await lockSignInsFor(tx, email);
      const person = await tx.person.findUnique({
        where: { email },
        select: { id: true, name: true, email: true, passwordHash: true, deactivatedAt: true, sessionVersion: true },
      });
      const audit = (action: (typeof SIGN_IN_AUDIT)[keyof typeof SIGN_IN_AUDIT]) =>
        writeAuditEntry(tx, {
          associationId: null,
          personId: person?.id ?? null,
          action,
          entityType: 'Person',
          entityId: person?.id ?? null,
          data: { email, ip },
        });

      const before = await checkSignInRateLimit(tx, email, now);
      if (before.locked) {
        await recordSignInAttempt(tx, { email, ip, succeeded: false, at: now });
        await audit(SIGN_IN_AUDIT.blocked);
        return { ok: false, code: 'RATE_LIMITED' } as const;
      }

      const matches = await verifyPassword(person?.passwordHash ?? fallbackHash, parsed.data.password);
      // An invited person without a password, or a deactivated one, is refused like a wrong password.
      const succeeded = matches && person !== null && person.passwordHash !== null && person.deactivatedAt === null;
      await recordSignInAttempt(tx, { email, ip, succeeded, at: now });
      if (succeeded) {
        await audit(SIGN_IN_AUDIT.succeeded);
        return {
          ok: true,
          person: { id: person.id, name: person.name, email: person.email, sessionVersion: person.sessionVersion },
        } as const;
      }

      await audit(SIGN_IN_AUDIT.failed);
      if (before.failuresLeft <= 1) {
        await audit(SIGN_IN_AUDIT.lockedOut);
        return { ok: false, code: 'RATE_LIMITED' } as const;
      }
      return { ok: false, code: 'INVALID_CREDENTIALS' } as const;
    },
    { timeout: 15_000, maxWait: 15_000 },
  );
}
