import 'server-only';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { normalizeEmail } from '@/domain/auth/sign-in-errors';
import { passwordLinkMail } from '@/domain/mail/templates/people';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { enqueueMail } from '@/server/mail/enqueue-mail';
import { readMailSettings } from '@/server/mail/mail-settings';
import { createPasswordToken } from './create-password-token';

/** At most this many reset mails per person and hour; more asks answer the same and send nothing. */
export const RESET_MAILS_PER_HOUR = 3;
/** Every answer takes at least this long, so a known address does not answer slower than an unknown one. */
const MIN_ANSWER_MS = 600;

const requestPasswordResetInput = z.object({ email: z.string().max(320) }).strict();
export type RequestPasswordResetInput = z.input<typeof requestPasswordResetInput>;

/**
 * "Glömt lösenordet?": the answer is always the same (nothing says whether the address exists,
 * is deactivated, or has asked too often), and takes at least MIN_ANSWER_MS. Only an active person
 * with a password, under the hourly limit, gets a PASSWORD_RESET mail with a link valid an hour.
 */
export async function requestPasswordReset(
  raw: RequestPasswordResetInput,
  { db = prisma, now = new Date(), minAnswerMs = MIN_ANSWER_MS }: UseCaseDeps & { minAnswerMs?: number } = {},
): Promise<{ sent: true }> {
  const started = performance.now();
  try {
    const parsed = requestPasswordResetInput.safeParse(raw);
    if (!parsed.success) return { sent: true };
    const email = normalizeEmail(parsed.data.email);
    await db.$transaction(async (tx) => {
      const person = await tx.person.findUnique({
        where: { email },
        select: { id: true, email: true, name: true, deactivatedAt: true, passwordHash: true },
      });
      if (!person || person.deactivatedAt || person.passwordHash === null) return;
      // One request at a time per person, so the hourly count holds under parallel asks.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`password-reset:${person.id}`}))`;
      const recent = await tx.passwordToken.count({
        where: { personId: person.id, purpose: 'RESET', createdAt: { gt: new Date(now.getTime() - 60 * 60 * 1000) } },
      });
      if (recent >= RESET_MAILS_PER_HOUR) return;
      const link = await createPasswordToken(tx, { personId: person.id, purpose: 'RESET', now });
      await enqueueMail(tx, {
        associationId: null,
        kind: 'PASSWORD_RESET',
        recipients: [person],
        render: (recipient) => ({
          ...passwordLinkMail({
            recipientName: recipient.name,
            purpose: 'RESET',
            expiresAt: link.expiresAt,
            url: `${readMailSettings().appUrl}${link.path}`,
          }),
          // The link is a secret: not listed in a digest or on the outbox page.
          actionUrl: undefined,
        }),
      });
      await writeAuditEntry(tx, {
        associationId: null,
        personId: person.id,
        action: 'auth.passwordResetRequested',
        entityType: 'Person',
        entityId: person.id,
      });
    });
    return { sent: true };
  } finally {
    const left = minAnswerMs - (performance.now() - started);
    if (left > 0) await sleep(left);
  }
}
