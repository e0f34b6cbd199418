import 'server-only';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { prisma } from '@/server/db/client';
import type { ExportFile } from '@/server/kernel/export-file';
import type { UseCaseDeps } from '@/server/kernel/deps';

/** A file attached to an agenda item of the association's meetings, for those who may read meetings; null when there is none. */
export async function getAgendaAttachment(
  associationId: string,
  attachmentId: string,
  actor: Actor,
  options: UseCaseDeps = {},
): Promise<ExportFile | null> {
  const db = options.db ?? prisma;
  await assertPermission(actor.personId, associationId, 'meeting.read', { db });
  const attachment = await db.attachment.findFirst({
    where: { id: attachmentId, associationId, agendaItem: { meeting: { associationId } } },
    select: { fileName: true, mimeType: true, data: true },
  });
  return attachment
    ? { fileName: attachment.fileName, contentType: attachment.mimeType, body: new Uint8Array(attachment.data) }
    : null;
}
