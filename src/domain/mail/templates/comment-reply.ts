import { format, messages } from '@/i18n/catalog';
import { renderMail } from '../mail-layout';
import type { RenderedMail } from '../rendered-mail';

export interface CommentReplyFacts {
  recipientName: string;
  associationName: string;
  year: number;
  comment: string;
  reply: string;
  /** Absolute link to the comment itself on the plan's workflow page. */
  commentUrl: string;
  preferencesUrl: string;
}

/** To a comment's author: the director answered it. */
export function commentReplyMail(facts: CommentReplyFacts): RenderedMail {
  const t = messages().mail;
  return renderMail({
    subject: format(t.commentReply.subject, { year: facts.year }),
    greeting: format(t.greeting, { name: facts.recipientName }),
    paragraphs: [format(t.commentReply.intro, { year: facts.year })],
    facts: [
      { label: t.commentReply.yourComment, value: facts.comment },
      { label: t.commentReply.reply, value: facts.reply },
    ],
    action: { label: t.commentReply.action, href: facts.commentUrl },
    footer: [
      format(t.footerAssociation, { association: facts.associationName }),
      format(t.footerPreferences, { url: facts.preferencesUrl }),
    ],
  });
}
