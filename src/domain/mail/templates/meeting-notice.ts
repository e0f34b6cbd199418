import { format, messages } from '@/i18n/catalog';
import { renderMail } from '../mail-layout';
import type { RenderedMail } from '../rendered-mail';

export interface MeetingNoticeFacts {
  recipientName: string;
  associationName: string;
  /** "styrelsen", "beredningsgruppen" … */
  bodyName: string;
  title: string;
  date: string;
  time: string;
  location: string;
  /** Absolute link to the meeting (its agenda and documents). */
  meetingUrl: string;
  preferencesUrl: string;
}

/** The notice to a meeting (kallelse). */
export function meetingNoticeMail(facts: MeetingNoticeFacts): RenderedMail {
  const t = messages().mail;
  return renderMail({
    subject: format(t.notice.subject, { body: facts.bodyName, title: facts.title, date: facts.date }),
    greeting: format(t.greeting, { name: facts.recipientName }),
    paragraphs: [format(t.notice.intro, { association: facts.associationName, body: facts.bodyName })],
    facts: [
      { label: t.notice.what, value: facts.title },
      { label: t.notice.date, value: facts.date },
      { label: t.notice.time, value: facts.time },
      { label: t.notice.location, value: facts.location },
    ],
    action: { label: t.notice.action, href: facts.meetingUrl },
    footer: [format(t.footerAssociation, { association: facts.associationName }), t.footerMandatory],
  });
}
