/**
 * Runs once when an app server process starts (Next.js instrumentation): the mail worker and,
 * in a demo or development instance without SMTP_URL, the SMTP server behind the demo inbox.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startMail } = await import('@/server/mail/start-mail');
  await startMail();
}
