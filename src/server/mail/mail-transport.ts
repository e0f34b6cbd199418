import 'server-only';
import nodemailer from 'nodemailer';

/** What the sender needs of nodemailer, so tests can see the one place mail leaves the app. */
export type MailTransport = nodemailer.Transporter;

/** A transport to SMTP_URL, or to the in-process catcher of a demo or development instance. */
export function createMailTransport(target: { smtpUrl: string } | { catcherPort: number }): MailTransport {
  if ('smtpUrl' in target) return nodemailer.createTransport(target.smtpUrl);
  return nodemailer.createTransport({
    host: '127.0.0.1',
    port: target.catcherPort,
    secure: false,
    ignoreTLS: true,
  });
}
