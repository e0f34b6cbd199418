import type { MailDelivery, MailKind } from '@/domain/mail/mail-kinds';

/** The personal page /konto/e-post: which mail a person gets, and how. */
export const mailPreferences = {
  title: 'E-post',
  menuLink: 'E-postinställningar',
  intro: 'Välj hur du vill få e-post från Samplan. Valet gäller alla förbund där du har en roll.',
  choosableHeading: 'Meddelanden du kan välja',
  kindColumn: 'Meddelande',
  mandatoryHeading: 'Skickas alltid',
  mandatoryIntro: 'Kallelser och säkerhetsmeddelanden skickas alltid direkt och kan inte stängas av.',
  digestNote: 'Den dagliga sammanfattningen skickas klockan 07.00 de dagar det finns något i den.',
  save: 'Spara',
  saved: 'Sparat',
  mandatoryRefused: '{kind} skickas alltid och kan inte ändras.',
  delivery: {
    IMMEDIATE: 'Direkt',
    DIGEST: 'Daglig sammanfattning',
    OFF: 'Av',
  } satisfies Record<MailDelivery, string>,
  kind: {
    MEETING_NOTICE: 'Kallelse till sammanträde',
    MINUTES_TO_ADJUST: 'Protokoll att justera',
    INVOICE_TO_ATTEST: 'Faktura att attestera',
    PLAN_FOR_COMMENT: 'Verksamhetsplanen på beredning eller samråd',
    COMMENT_REPLY: 'Svar på din kommentar',
    ADOPTION_DEADLINE: 'Påminnelse om sista dag att anta planen',
    DIGEST: 'Daglig sammanfattning',
    INVITATION: 'Inbjudan till Samplan',
    PASSWORD_RESET: 'Återställning av lösenord',
    PASSWORD_CHANGED: 'Lösenordet har ändrats',
  } satisfies Record<MailKind, string>,
} as const;
