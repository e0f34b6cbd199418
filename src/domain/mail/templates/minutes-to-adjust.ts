import { format, messages } from '@/i18n/catalog';
import { renderMail } from '../mail-layout';
import type { RenderedMail } from '../rendered-mail';

export interface MinutesToAdjustFacts {
  recipientName: string;
  associationName: string;
  /** "styrelsen" … */
  bodyName: string;
  title: string;
  meetingDate: string;
  /** The last day to adjust (src/domain/minutes/adjust-by.ts). */
  adjustBy: string;
  /** Absolute link to the meeting's minutes page, where the adjuster approves. */
  minutesUrl: string;
  preferencesUrl: string;
}

/** To one adjuster: the minutes wait for their approval (justering), and by when. */
export function minutesToAdjustMail(facts: MinutesToAdjustFacts): RenderedMail {
  const t = messages().mail;
  return renderMail({
    subject: format(t.minutesToAdjust.subject, { title: facts.title, date: facts.meetingDate }),
    greeting: format(t.greeting, { name: facts.recipientName }),
    paragraphs: [
      format(t.minutesToAdjust.intro, { body: facts.bodyName, association: facts.associationName }),
      format(t.minutesToAdjust.byDate, { date: facts.adjustBy }),
    ],
    facts: [
      { label: t.minutesToAdjust.meeting, value: facts.title },
      { label: t.minutesToAdjust.meetingDate, value: facts.meetingDate },
      { label: t.minutesToAdjust.adjustBy, value: facts.adjustBy },
    ],
    action: { label: t.minutesToAdjust.action, href: facts.minutesUrl },
    footer: [
      format(t.footerAssociation, { association: facts.associationName }),
      format(t.footerPreferences, { url: facts.preferencesUrl }),
    ],
  });
}
