import { format, messages } from '@/i18n/catalog';
import { renderMail } from '../mail-layout';
import type { RenderedMail } from '../rendered-mail';

export interface DigestFacts {
  recipientName: string;
  /** The Stockholm day, `2026-12-03`. */
  date: string;
  /** The waiting mails, oldest first: each one's subject and the link straight to its item. */
  items: readonly { subject: string; href: string | null }[];
  appUrl: string;
  preferencesUrl: string;
}

/** The daily digest: one mail listing the mails a person chose to get once a day. */
export function digestMail(facts: DigestFacts): RenderedMail {
  const t = messages().mailDigest.digest;
  const common = messages().mail;
  const count = facts.items.length;
  return renderMail({
    subject: count === 1 ? format(t.subjectOne, { date: facts.date }) : format(t.subject, { date: facts.date, count }),
    greeting: format(common.greeting, { name: facts.recipientName }),
    paragraphs: [t.intro],
    list: {
      heading: t.heading,
      items: facts.items.map((item) => ({ text: item.subject, href: item.href ?? undefined })),
    },
    action: { label: t.action, href: facts.appUrl },
    footer: [t.footer, format(common.footerPreferences, { url: facts.preferencesUrl })],
  });
}
