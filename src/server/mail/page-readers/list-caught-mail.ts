// Page reader: checks no permission itself. The demo inbox (/inkorg) calls it only after
// getMailMode() said 'inbox' (a demo or development instance; ADR 027: why it needs no sign-in).
import 'server-only';
import type { MailAttachment } from '@/domain/mail/rendered-mail';
import { prisma } from '@/server/db/client';

export const INBOX_LIMIT = 200;

/** The caught mail, newest first (at most INBOX_LIMIT). */
export async function listCaughtMail() {
  const [rows, total] = await Promise.all([
    prisma.caughtMail.findMany({
      orderBy: [{ receivedAt: 'desc' }, { id: 'desc' }],
      take: INBOX_LIMIT,
      select: { id: true, receivedAt: true, toAddresses: true, subject: true },
    }),
    prisma.caughtMail.count(),
  ]);
  return { rows, total };
}

/** One caught mail with its parts, or null (no such id). */
export async function getCaughtMail(id: string) {
  if (id.length > 100) return null;
  const row = await prisma.caughtMail.findUnique({
    where: { id },
    select: {
      id: true,
      receivedAt: true,
      fromAddress: true,
      toAddresses: true,
      subject: true,
      textBody: true,
      attachments: true,
    },
  });
  if (!row) return null;
  const attachments = ((row.attachments as MailAttachment[] | null) ?? []).map((a, index) => ({
    index,
    filename: a.filename || `bilaga-${index + 1}`,
    contentType: a.contentType,
  }));
  return { ...row, attachments };
}

/** One attachment's bytes, or the whole message (`index` null) as it arrived over SMTP. */
export async function getCaughtMailFile(
  id: string,
  index: number | null,
): Promise<{ fileName: string; contentType: string; body: Uint8Array } | null> {
  if (id.length > 100) return null;
  const row = await prisma.caughtMail.findUnique({ where: { id }, select: { attachments: true, raw: true } });
  if (!row) return null;
  if (index === null) return { fileName: `${id}.eml`, contentType: 'message/rfc822', body: new Uint8Array(row.raw) };
  const attachment = ((row.attachments as MailAttachment[] | null) ?? [])[index];
  if (!attachment) return null;
  return {
    fileName: attachment.filename || `bilaga-${index + 1}`,
    contentType: attachment.contentType,
    body: new TextEncoder().encode(attachment.content),
  };
}
