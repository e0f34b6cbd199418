import 'server-only';
import type { PrismaClient } from '@/generated/prisma/client';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import type { ExportFile } from '@/server/budget/export-budget-csv';
import { prisma } from '@/server/db/client';

/** A file attached to an agenda item of the association's meetings, for those who may read meetings; null when there is none. */
export async function getAgendaAttachment(associationId: string, attachmentId: string, actor: Actor, options: { db?: PrismaClient } = {}): Promise<ExportFile | null> {
  const db = options.db ?? prisma;
  await assertPermission(actor.personId, associationId, 'meeting.read', { db });
  const attachment = await db.attachment.findFirst({
    where: { id: attachmentId, associationId, agendaItem: { meeting: { associationId } } },
    select: { fileName: true, mimeType: true, data: true },
  });
  return attachment ? { fileName: attachment.fileName, contentType: attachment.mimeType, body: new Uint8Array(attachment.data) } : null;
}
