import 'server-only';
import { z } from 'zod';
import { checkNewPassword } from '@/domain/auth/password-policy';
import { messages } from '@/i18n/catalog';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { verifyPassword } from '@/server/auth/password';
import { prisma } from '@/server/db/client';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import { ConflictError, FieldValidationError } from '@/server/kernel/use-case-errors';
import { hashPassword, storeNewPassword } from './password-changed';
import { passwordInput } from './people-input';

const t = () => messages().people;

const changePasswordInput = z
  .object({ currentPassword: passwordInput, password: passwordInput, passwordAgain: passwordInput })
  .strict();
export type ChangePasswordInput = z.input<typeof changePasswordInput>;

/**
 * A signed-in person changes their own password; the current one is required. Every session of
 * theirs ends (sessionVersion); the page then signs this browser in again with the new password.
 */
export async function changePassword(
  raw: ChangePasswordInput,
  actor: Actor,
  { db = prisma, now = new Date() }: UseCaseDeps = {},
): Promise<{ changed: true }> {
  const input = changePasswordInput.parse(raw);
  const person = await db.person.findUnique({
    where: { id: actor.personId },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  if (!person) throw new AuthorizationError('UNAUTHENTICATED');
  // A refusal of its own (CONFLICT), not a malformed input: the form shows it at the current-password field.
  if (!person.passwordHash || !(await verifyPassword(person.passwordHash, input.currentPassword)))
    throw new ConflictError(t().currentPasswordWrong);
  const problem = checkNewPassword(input.password, { email: person.email, name: person.name });
  if (problem) throw new FieldValidationError({ password: t().passwordProblems[problem] });
  if (input.password !== input.passwordAgain) throw new FieldValidationError({ passwordAgain: t().passwordsDiffer });
  if (await verifyPassword(person.passwordHash, input.password))
    throw new FieldValidationError({ password: t().passwordUnchanged });
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    await storeNewPassword(tx, person, passwordHash, now);
    await writeAuditEntry(tx, {
      associationId: null,
      personId: person.id,
      action: 'auth.passwordChanged',
      entityType: 'Person',
      entityId: person.id,
    });
  });
  return { changed: true };
}
