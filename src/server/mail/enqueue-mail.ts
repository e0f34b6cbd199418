import 'server-only';
import { randomUUID } from 'node:crypto';
import { deliveryFor, type MailDelivery, type MailKind } from '@/domain/mail/mail-kinds';
import type { RenderedMail } from '@/domain/mail/rendered-mail';
import type { Prisma } from '@/generated/prisma/client';
import { SEND_MAIL_TASK, SEND_MAIL_MAX_ATTEMPTS } from './mail-tasks';

export interface MailRecipient {
  id: string;
  email: string;
  name: string;
}

export interface MailToPeople {
  associationId: string | null;
  kind: MailKind;
  recipients: readonly MailRecipient[];
  /** The mail for one recipient (its links and greeting may differ per person). */
  render: (recipient: MailRecipient) => RenderedMail;
  /** Makes the mail unique per recipient: a second enqueue with the same key writes nothing. */
  dedupeKey?: (recipient: MailRecipient) => string;
}

export interface EnqueueOutcome {
  queued: number;
  digest: number;
  off: number;
  duplicate: number;
}

/**
 * Writes mail to the outbox inside the caller's transaction, so it exists exactly when the event
 * that causes it commits, and adds the graphile-worker job that sends it (ADR 027). Each recipient's
 * choice decides: at once (QUEUED + a job), the daily digest (DIGEST_PENDING, no job yet), or off
 * (nothing written). A recipient listed twice gets one mail.
 */
export async function enqueueMail(tx: Prisma.TransactionClient, mail: MailToPeople): Promise<EnqueueOutcome> {
  const recipients = [...new Map(mail.recipients.map((r) => [r.id, r])).values()];
  const outcome: EnqueueOutcome = { queued: 0, digest: 0, off: 0, duplicate: 0 };
  if (recipients.length === 0) return outcome;
  const choices = await tx.mailPreference.findMany({
    where: { personId: { in: recipients.map((r) => r.id) }, kind: mail.kind },
  });
  const choiceOf = new Map(choices.map((c) => [c.personId, c.delivery as MailDelivery]));
  const rows: Prisma.OutboxMailCreateManyInput[] = [];
  for (const recipient of recipients) {
    const delivery = deliveryFor(mail.kind, { [mail.kind]: choiceOf.get(recipient.id) });
    if (delivery === 'OFF') {
      outcome.off += 1;
      continue;
    }
    const rendered = mail.render(recipient);
    rows.push({
      id: randomUUID(),
      associationId: mail.associationId,
      personId: recipient.id,
      toAddress: recipient.email,
      kind: mail.kind,
      subject: rendered.subject,
      textBody: rendered.text,
      htmlBody: rendered.html,
      actionUrl: rendered.actionUrl ?? null,
      attachments: rendered.attachments ? (rendered.attachments as unknown as Prisma.InputJsonValue) : undefined,
      dedupeKey: mail.dedupeKey?.(recipient) ?? null,
      status: delivery === 'DIGEST' ? 'DIGEST_PENDING' : 'QUEUED',
    });
  }
  const written = await writeRows(tx, rows);
  for (const row of rows) {
    if (!written.has(row.id!)) outcome.duplicate += 1;
    else if (row.status === 'DIGEST_PENDING') outcome.digest += 1;
    else outcome.queued += 1;
  }
  await addSendJobs(
    tx,
    rows.filter((row) => row.status === 'QUEUED' && written.has(row.id!)).map((row) => row.id!),
  );
  return outcome;
}

/** Inserts the rows, skipping those whose dedupe key exists; returns the ids written. */
async function writeRows(tx: Prisma.TransactionClient, rows: Prisma.OutboxMailCreateManyInput[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  if (rows.every((row) => !row.dedupeKey)) {
    await tx.outboxMail.createMany({ data: rows });
    return new Set(rows.map((row) => row.id!));
  }
  const written = await tx.outboxMail.createManyAndReturn({ data: rows, skipDuplicates: true, select: { id: true } });
  return new Set(written.map((row) => row.id));
}

/** One job per outbox row, keyed by the row's id (so adding it twice still gives one job). */
export async function addSendJobs(tx: Prisma.TransactionClient, outboxIds: readonly string[]): Promise<void> {
  if (outboxIds.length === 0) return;
  await tx.$executeRaw`
    SELECT graphile_worker.add_job(
      ${SEND_MAIL_TASK}::text,
      json_build_object('outboxId', id),
      job_key := id,
      max_attempts := ${SEND_MAIL_MAX_ATTEMPTS}::int
    )
    FROM unnest(${[...outboxIds]}::text[]) AS id`;
}
