/**
 * How this instance sends mail (ADR 027):
 * - `smtp`: SMTP_URL is set; mail goes to that server.
 * - `inbox`: no SMTP_URL, and the install holds the demo data or runs in development; an SMTP
 *   server in the app's own process catches every mail and the inbox page shows it.
 * - `off`: a real install without SMTP_URL. Mail stays queued in the outbox (nothing is lost);
 *   there is no inbox, since it would show anyone the reset links of real people.
 */
export type MailMode = 'smtp' | 'inbox' | 'off';

export function decideMailMode(facts: { smtpUrl: string | null; demoData: boolean; development: boolean }): MailMode {
  if (facts.smtpUrl) return 'smtp';
  if (facts.demoData || facts.development) return 'inbox';
  return 'off';
}
