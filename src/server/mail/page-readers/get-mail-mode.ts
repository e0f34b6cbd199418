// Page reader: checks no permission itself. The demo inbox (/inkorg) is served only when this says
// 'inbox'; the outbox page (installningar/e-post) relies on requireAssociationAccess(slug, 'mail.outbox.read').
import 'server-only';
import type { MailMode } from '@/domain/mail/mail-mode';
import { prisma } from '@/server/db/client';
import { readMailSettings } from '../mail-settings';
import { resolveMailMode } from '../resolve-mail-mode';

/** This instance's mail mode, as start-mail.ts decided it at start (ADR 027). */
export async function getMailMode(): Promise<MailMode> {
  return resolveMailMode(prisma, readMailSettings());
}
