import 'server-only';
import nodemailer from 'nodemailer';

/** What the sender needs of nodemailer, so tests can see the one place mail leaves the app. */
export type MailTransport = nodemailer.Transporter;

/** As many SMTP connections as the worker sends mails at once (mail-worker.ts). */
export const SMTP_CONNECTIONS = 5;

/**
 * A pooled transport to SMTP_URL, or to the in-process catcher of a demo or development instance.
 * Pooled, because a new connection (and TLS handshake) per mail held delivery to about 12 mails a
 * second; SMTP_URL may still set `?pool=false` or its own `maxConnections`.
 */
export function createMailTransport(target: { smtpUrl: string } | { catcherPort: number }): MailTransport {
  if ('smtpUrl' in target) {
    const url = new URL(target.smtpUrl);
    if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true');
    if (!url.searchParams.has('maxConnections')) url.searchParams.set('maxConnections', String(SMTP_CONNECTIONS));
    return nodemailer.createTransport(url.toString());
  }
  return nodemailer.createTransport({
    host: '127.0.0.1',
    port: target.catcherPort,
    secure: false,
    ignoreTLS: true,
    pool: true,
    maxConnections: SMTP_CONNECTIONS,
  });
}
