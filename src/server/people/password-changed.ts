import 'server-only';
import { passwordChangedMail } from '@/domain/mail/templates/people';
import type { Prisma } from '@/generated/prisma/client';
import { hashPassword } from '@/server/auth/password';
import { enqueueMail } from '@/server/mail/enqueue-mail';
import { readMailSettings } from '@/server/mail/mail-settings';

/**
 * Stores a new password (Argon2id), bumps the session version so every session issued before ends,
 * and tells the person by a PASSWORD_CHANGED mail (not for the first password, chosen when accepting an invitation). `passwordHash` is hashed before the transaction
 * by the caller (hashing is slow and holds no lock).
 */
export async function storeNewPassword(
  tx: Prisma.TransactionClient,
  person: { id: string; email: string; name: string },
  passwordHash: string,
  now: Date,
  { mail = true }: { mail?: boolean } = {},
): Promise<{ sessionVersion: number }> {
  const updated = await tx.person.update({
    where: { id: person.id },
    data: { passwordHash, sessionVersion: { increment: 1 }, version: { increment: 1 } },
    select: { sessionVersion: true },
  });
  if (!mail) return updated;
  await enqueueMail(tx, {
    associationId: null,
    kind: 'PASSWORD_CHANGED',
    recipients: [person],
    render: (recipient) =>
      passwordChangedMail({
        recipientName: recipient.name,
        changedAt: now,
        signInUrl: `${readMailSettings().appUrl}/logga-in`,
      }),
  });
  return updated;
}

export { hashPassword };
