import 'server-only';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { prisma } from '@/server/db/client';
import type { ExportFile } from '@/server/kernel/export-file';
import type { UseCaseDeps } from '@/server/kernel/deps';

/** A file attached to one of the association's matters, for those who may read matters; null when there is none. */
export async function getMatterAttachment(
  associationId: string,
  matterId: string,
  attachmentId: string,
  actor: Actor,
  options: UseCaseDeps = {},
): Promise<ExportFile | null> {
  const db = options.db ?? prisma;
  await assertPermission(actor.personId, associationId, 'matter.read', { db });
  const attachment = await db.attachment.findFirst({
    where: { id: attachmentId, associationId, matterId, matter: { associationId } },
    select: { fileName: true, mimeType: true, data: true },
  });
  return attachment
    ? { fileName: attachment.fileName, contentType: attachment.mimeType, body: new Uint8Array(attachment.data) }
    : null;
}
