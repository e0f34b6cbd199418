import 'server-only';
import type { PrismaClient } from '@/generated/prisma/client';
import { messages } from '@/i18n/catalog';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { verifyPassword } from '@/server/auth/password';
import { ConflictError } from '@/server/kernel/use-case-errors';

/**
 * Re-authentication before an adjuster approves the minutes (ADR 033): today the person's own
 * password, checked against the stored hash. STEP-UP HOOK: when the identity issue's step-up
 * (e.g. BankID/Freja through the association's identity provider) is configured, it replaces the
 * password check here; the callers do not change. A wrong password is refused with its own
 * message and audited as a failure (in its own transaction, so the refusal does not undo it).
 */
export async function confirmAdjusterIdentity(
  db: PrismaClient,
  request: { associationId: string; meetingId: string; personId: string; password: string; now: Date },
): Promise<void> {
  const person = await db.person.findUnique({ where: { id: request.personId }, select: { passwordHash: true } });
  const ok =
    request.password.length > 0 &&
    person?.passwordHash != null &&
    (await verifyPassword(person.passwordHash, request.password));
  if (ok) return;
  await db.$transaction(async (tx) => {
    await writeAuditEntry(tx, {
      associationId: request.associationId,
      personId: request.personId,
      action: 'minutes.reauthenticationFailed',
      entityType: 'Meeting',
      entityId: request.meetingId,
      data: { reason: 'password' },
    });
  });
  throw new ConflictError(messages().minutes.errors.passwordWrong);
}
