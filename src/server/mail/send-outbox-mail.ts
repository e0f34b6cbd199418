import 'server-only';
import type { MailAttachment } from '@/domain/mail/rendered-mail';
import type { PrismaClient } from '@/generated/prisma/client';
import type { MailTransport } from './mail-transport';

export interface SendContext {
  db: PrismaClient;
  transport: MailTransport;
  from: string;
  /** graphile-worker's attempt number of this try (1 for the first) and its limit. */
  attempt: number;
  maxAttempts: number;
  now?: () => Date;
}

/** SMTP answers that will not change by trying again (5xx: no such mailbox, refused). */
function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/**
 * The graphile-worker task that sends one outbox mail. graphile-worker runs a job in one worker
 * at a time (its row is locked), and a row already SENT is skipped, so two instances never send the
 * same mail twice. A failed try records its error and rethrows, so the job is retried with backoff;
 * the last try, or an SMTP refusal (5xx), marks the row FAILED.
 */
export async function sendOutboxMail(outboxId: string, context: SendContext): Promise<void> {
  const now = context.now ?? (() => new Date());
  const mail = await context.db.outboxMail.findUnique({ where: { id: outboxId } });
  if (!mail || mail.status !== 'QUEUED') return;
  try {
    await context.transport.sendMail({
      from: context.from,
      to: mail.toAddress,
      subject: mail.subject,
      text: mail.textBody,
      html: mail.htmlBody,
      // The receiver can recognise a resend after a crash between sending and marking SENT.
      messageId: `<${mail.id}@samplan>`,
      attachments: ((mail.attachments as MailAttachment[] | null) ?? []).map((a) => ({
        filename: a.filename,
        contentType: a.contentType,
        content: a.content,
      })),
    });
  } catch (error) {
    const permanent = isPermanent(error) || context.attempt >= context.maxAttempts;
    await context.db.outboxMail.update({
      where: { id: mail.id },
      data: {
        attempts: { increment: 1 },
        lastAttemptAt: now(),
        lastError: error instanceof Error ? error.message.slice(0, 1000) : String(error).slice(0, 1000),
        status: permanent ? 'FAILED' : 'QUEUED',
      },
    });
    if (permanent) return;
    throw error;
  }
  await context.db.outboxMail.update({
    where: { id: mail.id },
    data: { attempts: { increment: 1 }, lastAttemptAt: now(), sentAt: now(), status: 'SENT' },
  });
}
