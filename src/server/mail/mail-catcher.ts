import 'server-only';
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { PrismaClient } from '@/generated/prisma/client';
import type { MailAttachment } from '@/domain/mail/rendered-mail';

export interface MailCatcher {
  port: number;
  stop(): Promise<void>;
}

function addresses(value: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list.flatMap((a) => a.value.map((v) => v.address ?? '')).filter(Boolean);
}

/**
 * A real SMTP server on 127.0.0.1 for a demo or development instance without SMTP_URL: every
 * mail the app sends is parsed and kept in CaughtMail, where the inbox page (/inkorg) shows it.
 * Only loopback, no auth: it receives from this app only.
 */
export async function startMailCatcher(db: PrismaClient, port = 0): Promise<MailCatcher> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 10 * 1024 * 1024,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw)
          .then((parsed) =>
            db.caughtMail.create({
              data: {
                messageId: parsed.messageId ?? null,
                fromAddress: addresses(parsed.from)[0] ?? '',
                toAddresses: addresses(parsed.to),
                subject: parsed.subject ?? '',
                textBody: parsed.text ?? '',
                htmlBody: typeof parsed.html === 'string' ? parsed.html : '',
                attachments: parsed.attachments.map((a): MailAttachment => ({
                  filename: a.filename ?? '',
                  contentType: a.contentType,
                  content: a.content.toString('utf8'),
                })) as unknown as object,
                raw: new Uint8Array(raw),
              },
            }),
          )
          .then(() => callback(), callback);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return { port: actualPort, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
