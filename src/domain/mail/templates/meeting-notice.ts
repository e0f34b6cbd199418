import { format, messages } from '@/i18n/catalog';
import { buildIcs } from '../ics';
import { renderMail, type MailListItem } from '../mail-layout';
import type { RenderedMail } from '../rendered-mail';

/** A first notice, a changed notice (time, place or title after it was sent), or a cancellation. */
export type MeetingNoticeVariant = 'NOTICE' | 'UPDATE' | 'CANCEL';

export interface MeetingNoticeFacts {
  variant?: MeetingNoticeVariant;
  recipientName: string;
  associationName: string;
  /** "styrelsen", "beredningsgruppen" … */
  bodyName: string;
  title: string;
  date: string;
  time: string;
  location: string;
  /** Absolute link to the meeting (the meeting book: agenda and documents). */
  meetingUrl: string;
  preferencesUrl: string;
  /** The agenda in order, each item with its documents (absolute download links). */
  agenda?: readonly { title: string; documents: readonly { name: string; url: string }[] }[];
  /** The calendar part; left out when not given. */
  calendar?: {
    uid: string;
    /** Must grow with every update of the same meeting (the meeting's version does). */
    sequence: number;
    stamp: Date;
    startsAt: Date;
    organizer?: { name: string; email: string };
  };
}

/** The notice to a meeting (kallelse), its update or its cancellation, with an .ics invitation. */
export function meetingNoticeMail(facts: MeetingNoticeFacts): RenderedMail {
  const t = messages().mail;
  const variant = facts.variant ?? 'NOTICE';
  const subject = { NOTICE: t.notice.subject, UPDATE: t.notice.updateSubject, CANCEL: t.notice.cancelSubject }[variant];
  const intro = { NOTICE: t.notice.intro, UPDATE: t.notice.updateIntro, CANCEL: t.notice.cancelIntro }[variant];
  const location = facts.location.trim() || t.notice.noLocation;
  const agenda: MailListItem[] = (facts.agenda ?? []).map((item) => ({
    text: item.title,
    links: item.documents.map((doc) => ({ text: format(t.notice.document, { name: doc.name }), href: doc.url })),
  }));
  const method = variant === 'CANCEL' ? 'CANCEL' : 'REQUEST';
  return renderMail({
    subject: format(subject, { body: facts.bodyName, title: facts.title, date: facts.date }),
    greeting: format(t.greeting, { name: facts.recipientName }),
    paragraphs: [format(intro, { association: facts.associationName, body: facts.bodyName })],
    facts: [
      { label: t.notice.what, value: facts.title },
      { label: t.notice.date, value: facts.date },
      { label: t.notice.time, value: facts.time },
      { label: t.notice.location, value: location },
    ],
    list: variant !== 'CANCEL' && agenda.length > 0 ? { heading: t.notice.agenda, items: agenda } : undefined,
    action: { label: variant === 'CANCEL' ? t.notice.cancelAction : t.notice.action, href: facts.meetingUrl },
    footer: [format(t.footerAssociation, { association: facts.associationName }), t.footerMandatory],
    attachments: facts.calendar
      ? [
          {
            filename: t.notice.icsFile,
            contentType: `text/calendar; charset=utf-8; method=${method}`,
            content: buildIcs({
              uid: facts.calendar.uid,
              sequence: facts.calendar.sequence,
              method,
              stamp: facts.calendar.stamp,
              start: facts.calendar.startsAt,
              summary: `${facts.title} (${facts.associationName})`,
              location: facts.location.trim(),
              description: format(t.notice.icsDescription, { url: facts.meetingUrl }),
              url: facts.meetingUrl,
              organizer: facts.calendar.organizer,
            }),
          },
        ]
      : undefined,
  });
}
