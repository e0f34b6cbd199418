import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { staleApprovals } from '@/domain/minutes/minutes-lock';
import { format, messages } from '@/i18n/catalog';
import { formatLongDate } from '@/i18n/dates';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { currentMinutesHash } from './minutes-content';

/**
 * Called at the end of every transaction that writes the minutes' content (paragraphs, decisions,
 * votes, attendance, chair, secretary): approvals given to other content are void. All approvals
 * are then cleared (both adjusters approve the new text again; the minutes stay ready for
 * adjustment), the voiding is audited, and each adjuster gets a notice saying so. Returns the
 * number of approvals voided.
 */
export async function voidStaleApprovals(
  tx: Prisma.TransactionClient,
  meetingId: string,
  actorPersonId: string,
): Promise<number> {
  const adjusters = await tx.adjuster.findMany({
    where: { meetingId, approvedAt: { not: null } },
    select: { id: true, personId: true, approvedAt: true, contentHash: true },
  });
  if (adjusters.length === 0) return 0;
  const hash = await currentMinutesHash(tx, meetingId);
  if (staleApprovals(adjusters, hash).length === 0) return 0;

  await tx.adjuster.updateMany({ where: { meetingId }, data: { approvedAt: null, contentHash: null } });
  const meeting = await tx.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    select: { associationId: true, title: true, startsAt: true, adjusters: { select: { personId: true } } },
  });
  const text = format(messages().minutes.voidedNotice, {
    meeting: meeting.title,
    date: formatLongDate(meeting.startsAt),
  });
  await tx.notice.createMany({
    data: meeting.adjusters.map((adjuster) => ({
      associationId: meeting.associationId,
      personId: adjuster.personId,
      meetingId,
      text,
    })),
  });
  await writeAuditEntry(tx, {
    associationId: meeting.associationId,
    personId: actorPersonId,
    action: 'minutes.approvalsVoided',
    entityType: 'Meeting',
    entityId: meetingId,
    data: {
      before: {
        approvals: adjusters.map((a) => ({
          personId: a.personId,
          approvedAt: a.approvedAt!.toISOString(),
          contentHash: a.contentHash,
        })),
      },
      after: { approvals: [] },
      contentHash: hash,
    },
  });
  return adjusters.length;
}
