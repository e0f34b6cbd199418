import { format, messages } from '@/i18n/catalog';
import { renderMail } from '../mail-layout';
import type { RenderedMail } from '../rendered-mail';

export interface PlanForCommentFacts {
  recipientName: string;
  associationName: string;
  phase: 'PREPARATION' | 'CONSULTATION';
  year: number;
  planTitle: string;
  /** The last day for comments; the plan model has none today, so callers pass null and no date is named. */
  commentBy: string | null;
  /** Absolute link to the plan's comments (its workflow page, comments section). */
  commentsUrl: string;
  preferencesUrl: string;
}

/** The plan was sent for preparation or to the members' consultation: those who may comment are asked to. */
export function planForCommentMail(facts: PlanForCommentFacts): RenderedMail {
  const t = messages().mail.planForComment;
  const common = messages().mail;
  const preparation = facts.phase === 'PREPARATION';
  return renderMail({
    subject: format(preparation ? t.subjectPreparation : t.subjectConsultation, { year: facts.year }),
    greeting: format(common.greeting, { name: facts.recipientName }),
    paragraphs: [format(preparation ? t.introPreparation : t.introConsultation, { year: facts.year }), t.askComment],
    facts: [
      { label: t.plan, value: facts.planTitle },
      { label: t.phase, value: preparation ? t.phasePreparation : t.phaseConsultation },
      ...(facts.commentBy ? [{ label: t.commentBy, value: facts.commentBy }] : []),
    ],
    action: { label: t.action, href: facts.commentsUrl },
    footer: [
      format(common.footerAssociation, { association: facts.associationName }),
      format(common.footerPreferences, { url: facts.preferencesUrl }),
    ],
  });
}
