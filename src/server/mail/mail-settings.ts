import 'server-only';

/** The mail settings of .env.example, read once per call (tests pass their own env). */
export interface MailSettings {
  /** smtp://user:pass@host:587 or smtps://…; null when unset. */
  smtpUrl: string | null;
  /** The sender, e.g. `Samordningsförbundet <noreply@example.se>`. */
  from: string;
  /** The app's public address, for the links in every mail. */
  appUrl: string;
}

export function readMailSettings(env: NodeJS.ProcessEnv = process.env): MailSettings {
  const appUrl = (env.APP_URL ?? env.NEXTAUTH_URL ?? `http://localhost:${env.PORT ?? '3000'}`).replace(/\/+$/, '');
  return {
    smtpUrl: env.SMTP_URL?.trim() || null,
    from: env.MAIL_FROM?.trim() || `Samplan <noreply@${new URL(appUrl).hostname}>`,
    appUrl,
  };
}
