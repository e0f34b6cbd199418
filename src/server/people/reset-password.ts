import 'server-only';
import { z } from 'zod';
import { checkNewPassword } from '@/domain/auth/password-policy';
import { tokenState } from '@/domain/auth/one-time-tokens';
import { messages } from '@/i18n/catalog';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { hashOneTimeToken, isWellFormedToken } from '@/server/auth/one-time-token';
import { prisma } from '@/server/db/client';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { ConflictError, FieldValidationError } from '@/server/kernel/use-case-errors';
import { hashPassword, storeNewPassword } from './password-changed';
import { passwordInput, tokenInput } from './people-input';

const t = () => messages().people;

const resetPasswordInput = z
  .object({ token: tokenInput, password: passwordInput, passwordAgain: passwordInput })
  .strict();
export type ResetPasswordInput = z.input<typeof resetPasswordInput>;

/**
 * A new password from a one-time link (a reset the person asked for, or the first administrator's
 * first password). No session: the token is the proof. The link is used up, every session ends
 * (sessionVersion), and a PASSWORD_CHANGED mail goes out. An invalid link gets one message.
 */
export async function resetPassword(
  raw: ResetPasswordInput,
  { db = prisma, now = new Date() }: UseCaseDeps = {},
): Promise<{ email: string }> {
  const input = resetPasswordInput.parse(raw);
  const refused = () => new ConflictError(t().linkInvalid);
  if (!isWellFormedToken(input.token)) throw refused();
  const tokenHash = hashOneTimeToken(input.token);
  const found = await db.passwordToken.findUnique({
    where: { tokenHash },
    include: { person: { select: { id: true, email: true, name: true, deactivatedAt: true } } },
  });
  if (!found || found.person.deactivatedAt || tokenState(found, now) !== 'VALID') throw refused();
  const problem = checkNewPassword(input.password, { email: found.person.email, name: found.person.name });
  if (problem) throw new FieldValidationError({ password: t().passwordProblems[problem] });
  if (input.password !== input.passwordAgain) throw new FieldValidationError({ passwordAgain: t().passwordsDiffer });
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const claimed = await tx.passwordToken.updateMany({
      where: { id: found.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count === 0) throw refused();
    await storeNewPassword(tx, found.person, passwordHash, now);
    await writeAuditEntry(tx, {
      associationId: null,
      personId: found.person.id,
      action: found.purpose === 'RESET' ? 'auth.passwordReset' : 'auth.passwordSet',
      entityType: 'Person',
      entityId: found.person.id,
    });
    return { email: found.person.email };
  });
}
