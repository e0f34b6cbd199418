import 'server-only';
import { z } from 'zod';
import { messages } from '@/i18n/catalog';
import { formatDateTime } from '@/i18n/dates';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { prisma } from '@/server/db/client';
import { FieldValidationError, LockedError } from '@/server/kernel/use-case-errors';
import { buildFollowUpReport, followUpReportInput } from './build-follow-up-report';
import type { UseCaseDeps } from '@/server/kernel/deps';

export const attachFollowUpReportInput = followUpReportInput.extend({ meetingId: z.string().min(1) });

export interface AttachedReport {
  attachmentId: string;
  agendaItemId: string;
  fileName: string;
  itemTitle: string;
  /** "Styrelsemöte 2026-12-11 kl. 09:00" */
  meetingLabel: string;
}

/**
 * Makes the follow-up report for a date and puts it, as a PDF, under the meeting's agenda item
 * "Ekonomisk uppföljning" (the office prepares the notice: meeting.manage). A report for the same
 * date already on that item is replaced, so adding it again does not give two copies.
 */
export async function attachFollowUpReport(
  rawInput: z.input<typeof attachFollowUpReportInput>,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<AttachedReport> {
  const db = deps.db ?? prisma;
  const input = attachFollowUpReportInput.parse(rawInput);
  await assertPermission(actor.personId, input.associationId, 'meeting.manage', { db });
  const t = messages().followUpReport;
  const meeting = await db.meeting.findFirst({
    where: { id: input.meetingId, associationId: input.associationId },
    select: {
      id: true,
      title: true,
      startsAt: true,
      minutesLockedAt: true,
      agendaItems: {
        where: { kind: 'ECONOMIC_FOLLOW_UP' },
        orderBy: { order: 'asc' },
        take: 1,
        select: { id: true, title: true },
      },
    },
  });
  if (!meeting) throw new FieldValidationError({ meetingId: t.meetingNotFound });
  if (meeting.minutesLockedAt) throw new LockedError(t.meetingLocked);
  const item = meeting.agendaItems[0];
  if (!item) throw new FieldValidationError({ meetingId: t.noFollowUpItem });

  const file = await buildFollowUpReport({ associationId: input.associationId, date: input.date }, actor, deps);
  return db.$transaction(async (tx) => {
    const previous = await tx.attachment.findMany({
      where: { agendaItemId: item.id, fileName: file.fileName },
      select: { id: true, sizeBytes: true },
    });
    const replaced = await tx.attachment.deleteMany({ where: { id: { in: previous.map((a) => a.id) } } });
    const attachment = await tx.attachment.create({
      data: {
        associationId: input.associationId,
        agendaItemId: item.id,
        fileName: file.fileName,
        mimeType: file.contentType,
        sizeBytes: file.body.byteLength,
        data: new Uint8Array(file.body),
        uploadedById: actor.personId,
      },
      select: { id: true },
    });
    await writeAuditEntry(tx, {
      associationId: input.associationId,
      personId: actor.personId,
      action: 'followUpReport.attached',
      entityType: 'AgendaItem',
      entityId: item.id,
      data: {
        meetingId: meeting.id,
        date: input.date,
        replaced: replaced.count,
        ...(previous.length > 0
          ? { before: { attachmentIds: previous.map((a) => a.id), fileName: file.fileName } }
          : {}),
        after: { attachmentIds: [attachment.id], fileName: file.fileName, sizeBytes: file.body.byteLength },
      },
    });
    return {
      attachmentId: attachment.id,
      agendaItemId: item.id,
      fileName: file.fileName,
      itemTitle: item.title,
      meetingLabel: `${meeting.title} ${formatDateTime(meeting.startsAt)}`,
    };
  });
}
