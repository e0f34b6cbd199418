import 'server-only';
import { decideMailMode, type MailMode } from '@/domain/mail/mail-mode';
import type { Db } from '@/server/kernel/deps';
import type { MailSettings } from './mail-settings';

/** This instance's mail mode: from SMTP_URL, the install's demo flag and NODE_ENV (ADR 027). */
export async function resolveMailMode(db: Db, settings: MailSettings, env = process.env): Promise<MailMode> {
  const installation = await db.installation.findUnique({ where: { id: 1 } });
  return decideMailMode({
    smtpUrl: settings.smtpUrl,
    demoData: installation?.demoData ?? false,
    development: env.NODE_ENV === 'development',
  });
}
