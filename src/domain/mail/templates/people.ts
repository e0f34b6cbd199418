import { format, messages } from '@/i18n/catalog';
import { renderMail } from '../mail-layout';
import type { RenderedMail } from '../rendered-mail';

const STOCKHOLM = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  dateStyle: 'long',
  timeStyle: 'short',
});

/** "9 december 2026 14:05", in the association's time zone. */
export function mailDateTime(instant: Date): string {
  return STOCKHOLM.format(instant);
}

export interface InvitationMailFacts {
  recipientName: string;
  associationName: string;
  /** Null when the inviter is unknown (gone, or a system task). */
  inviterName: string | null;
  /** The roles in Swedish, e.g. "Ledamot (Region Gotland), 2027-01-01 – 2030-12-31". */
  roles: readonly string[];
  expiresAt: Date;
  /** Absolute link with the one-time token. */
  acceptUrl: string;
}

/** To an invited person: who invited them to which association, with which role(s), until when the link works. */
export function invitationMail(facts: InvitationMailFacts): RenderedMail {
  const t = messages().mail;
  return renderMail({
    subject: format(t.invitation.subject, { association: facts.associationName }),
    greeting: format(t.greeting, { name: facts.recipientName }),
    paragraphs: [
      facts.inviterName
        ? format(t.invitation.intro, { inviter: facts.inviterName, association: facts.associationName })
        : format(t.invitation.introNoInviter, { association: facts.associationName }),
      t.invitation.howTo,
    ],
    facts: [
      ...facts.roles.map((role) => ({ label: t.invitation.roles, value: role })),
      { label: t.invitation.expires, value: mailDateTime(facts.expiresAt) },
    ],
    action: { label: t.invitation.action, href: facts.acceptUrl },
    footer: [t.invitation.notYou, t.footerMandatory],
  });
}

export interface PasswordLinkMailFacts {
  recipientName: string;
  purpose: 'RESET' | 'SET_PASSWORD';
  expiresAt: Date;
  url: string;
}

/** A link to choose a (new) password: a reset the person asked for, or the first password of a new account. */
export function passwordLinkMail(facts: PasswordLinkMailFacts): RenderedMail {
  const t = messages().mail;
  const texts = facts.purpose === 'RESET' ? t.passwordReset : t.setPassword;
  return renderMail({
    subject: texts.subject,
    greeting: format(t.greeting, { name: facts.recipientName }),
    paragraphs: [texts.intro],
    facts: [{ label: texts.expires, value: mailDateTime(facts.expiresAt) }],
    action: { label: texts.action, href: facts.url },
    footer: [...(facts.purpose === 'RESET' ? [t.passwordReset.notYou] : []), t.footerMandatory],
  });
}

export interface PasswordChangedMailFacts {
  recipientName: string;
  changedAt: Date;
  signInUrl: string;
}

/** After a password change or reset: the person learns of it, whoever did it. */
export function passwordChangedMail(facts: PasswordChangedMailFacts): RenderedMail {
  const t = messages().mail;
  return renderMail({
    subject: t.passwordChanged.subject,
    greeting: format(t.greeting, { name: facts.recipientName }),
    paragraphs: [format(t.passwordChanged.intro, { when: mailDateTime(facts.changedAt) }), t.passwordChanged.notYou],
    action: { label: t.passwordChanged.action, href: facts.signInUrl },
    footer: [t.footerMandatory],
  });
}
