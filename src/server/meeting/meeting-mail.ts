import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { MeetingBody } from '@/generated/prisma/enums';
import { meetingNoticeMail, type MeetingNoticeVariant } from '@/domain/mail/templates/meeting-notice';
import { messages } from '@/i18n/catalog';
import { formatDate, formatTime } from '@/i18n/dates';
import { enqueueMail } from '@/server/mail/enqueue-mail';
import { mailLinks } from '@/server/mail/mail-links';
import { readMailSettings } from '@/server/mail/mail-settings';
import type { BodyMember } from './body-members';

export interface MeetingForMail {
  id: string;
  associationId: string;
  body: MeetingBody;
  title: string;
  startsAt: Date;
  location: string;
}

/**
 * Mails the notice (or its update or cancellation) to the members of the body, in the caller's
 * transaction, with the agenda, its documents and an .ics invitation. `sequence` is the meeting's
 * version after this change: every change of a meeting bumps it, so an update's SEQUENCE is always
 * higher than the one the calendars already hold.
 */
export async function enqueueMeetingMail(
  tx: Prisma.TransactionClient,
  meeting: MeetingForMail,
  members: readonly BodyMember[],
  mail: { variant: MeetingNoticeVariant; sequence: number; now: Date },
): Promise<void> {
  const t = messages();
  const association = await tx.association.findUniqueOrThrow({
    where: { id: meeting.associationId },
    select: { name: true, slug: true },
  });
  const agenda = await tx.agendaItem.findMany({
    where: { meetingId: meeting.id },
    orderBy: { order: 'asc' },
    select: {
      title: true,
      attachments: { select: { id: true, fileName: true }, orderBy: { createdAt: 'asc' } },
    },
  });
  const links = mailLinks(association.slug);
  // RFC 5546 wants an ORGANIZER on REQUEST and CANCEL; replies go to the sender address.
  const from = readMailSettings().from;
  const organizer = { name: association.name, email: /<([^>]+)>/.exec(from)?.[1] ?? from };
  const bodyName = t.mail.body[meeting.body];
  const agendaFacts = agenda.map((item) => ({
    title: item.title,
    documents: item.attachments.map((a) => ({ name: a.fileName, url: links.agendaAttachment(a.id) })),
  }));
  await enqueueMail(tx, {
    associationId: meeting.associationId,
    kind: 'MEETING_NOTICE',
    recipients: members.map((m) => ({ id: m.personId, email: m.email, name: m.name })),
    render: (recipient) =>
      meetingNoticeMail({
        variant: mail.variant,
        recipientName: recipient.name,
        associationName: association.name,
        bodyName,
        title: meeting.title,
        date: formatDate(meeting.startsAt),
        time: formatTime(meeting.startsAt),
        location: meeting.location,
        meetingUrl: links.meeting(meeting.id),
        preferencesUrl: links.preferences(),
        agenda: agendaFacts,
        calendar: {
          uid: `${meeting.id}@samplan`,
          sequence: mail.sequence,
          stamp: mail.now,
          startsAt: meeting.startsAt,
          organizer,
        },
      }),
  });
}
