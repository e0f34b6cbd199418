// Page reader: checks no permission itself. It relies on the meetings page's requireAssociationAccess(slug,
// 'meeting.read') (sammantraden).
import 'server-only';
import { prisma } from '@/server/db/client';

export interface AgendaAttachmentLink {
  id: string;
  fileName: string;
  itemTitle: string;
}

/** The files on the meetings' agenda items, by meeting id (names only, not the data). */
export async function getAgendaAttachments(
  associationId: string,
  meetingIds: string[],
): Promise<Map<string, AgendaAttachmentLink[]>> {
  const rows = await prisma.attachment.findMany({
    where: { associationId, agendaItem: { meetingId: { in: meetingIds } } },
    orderBy: [{ agendaItem: { order: 'asc' } }, { createdAt: 'asc' }],
    select: { id: true, fileName: true, agendaItem: { select: { meetingId: true, title: true } } },
  });
  const byMeeting = new Map<string, AgendaAttachmentLink[]>();
  for (const row of rows) {
    const list = byMeeting.get(row.agendaItem!.meetingId) ?? [];
    list.push({ id: row.id, fileName: row.fileName, itemTitle: row.agendaItem!.title });
    byMeeting.set(row.agendaItem!.meetingId, list);
  }
  return byMeeting;
}
