import 'server-only';
import type { MailDelivery, MailKind } from '@/domain/mail/mail-kinds';
import { prisma } from '@/server/db/client';
import type { UseCaseDeps } from '@/server/kernel/deps';

/** The person's stored choices (a kind without a row goes at once), for the preferences page. */
export async function getMailPreferences(
  personId: string,
  { db = prisma }: UseCaseDeps = {},
): Promise<Partial<Record<MailKind, MailDelivery>>> {
  const rows = await db.mailPreference.findMany({ where: { personId } });
  return Object.fromEntries(rows.map((r) => [r.kind, r.delivery]));
}
