/** The graphile-worker task names and their limits (ADR 027). */
export const SEND_MAIL_TASK = 'send_mail';
export const MAIL_HOURLY_TASK = 'mail_hourly';
/**
 * graphile-worker retries with exponential backoff (exp(min(attempt, 10)) seconds: about 3 s,
 * 7 s, 20 s … then every 6 hours), so 25 attempts keep a mail waiting for about four days of a
 * down SMTP server before it is marked FAILED.
 */
export const SEND_MAIL_MAX_ATTEMPTS = 25;
