import 'server-only';
import type { PrismaClient } from '@/generated/prisma/client';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import type { ExportFile } from '@/server/budget/export-budget-csv';
import { prisma } from '@/server/db/client';

/** A file attached to one of the association's matters, for those who may read matters; null when there is none. */
export async function getMatterAttachment(associationId: string, matterId: string, attachmentId: string, actor: Actor, options: { db?: PrismaClient } = {}): Promise<ExportFile | null> {
  const db = options.db ?? prisma;
  await assertPermission(actor.personId, associationId, 'matter.read', { db });
  const attachment = await db.attachment.findFirst({
    where: { id: attachmentId, associationId, matterId, matter: { associationId } },
    select: { fileName: true, mimeType: true, data: true },
  });
  return attachment ? { fileName: attachment.fileName, contentType: attachment.mimeType, body: new Uint8Array(attachment.data) } : null;
}
