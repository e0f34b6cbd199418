import 'server-only';
import { z } from 'zod';
import { messages } from '@/i18n/catalog';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import { attachmentData, fileInput } from '@/server/matter/governance-input';
import { ConflictError } from '@/server/kernel/use-case-errors';
import { loadMeeting, requireAttendanceEditable } from './meeting-common';
import { id } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';

const schema = z.object({ associationId: id, meetingId: id, agendaItemId: id, file: fileInput });

/** Attaches a document to an agenda item (PDF, PNG, JPEG, at most 5 MB), served by /sammantraden/bilagor/[id]. */
export async function addAgendaAttachment(
  input: {
    associationId: string;
    meetingId: string;
    agendaItemId: string;
    file: { fileName: string; bytes: Uint8Array };
  },
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<{ attachmentId: string }> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'meeting.manage', { db, now: deps.now });
  return db.$transaction(async (tx) => {
    const meeting = await loadMeeting(tx, parsed.associationId, parsed.meetingId);
    // Documents may still come until the minutes are locked.
    requireAttendanceEditable(meeting.status);
    const item = await tx.agendaItem.findFirst({
      where: { id: parsed.agendaItemId, meetingId: meeting.id },
      select: { id: true, title: true },
    });
    if (!item) throw new ConflictError(messages().governance.refusals.itemNotFound);
    const data = attachmentData(parsed.file);
    const attachment = await tx.attachment.create({
      data: { associationId: parsed.associationId, agendaItemId: item.id, uploadedById: actor.personId, ...data },
      select: { id: true },
    });
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'meeting.attachmentAdded',
      entityType: 'Attachment',
      entityId: attachment.id,
      data: {
        after: {
          meetingId: meeting.id,
          agendaItemId: item.id,
          fileName: data.fileName,
          mimeType: data.mimeType,
          sizeBytes: data.sizeBytes,
        },
      },
    });
    return { attachmentId: attachment.id };
  });
}
