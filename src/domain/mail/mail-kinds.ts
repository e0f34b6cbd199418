/** What a mail is about (mirrors the Prisma enum `MailKind`, kept here so rules stay free of Prisma). */
export const MAIL_KINDS = [
  'MEETING_NOTICE',
  'MINUTES_TO_ADJUST',
  'INVOICE_TO_ATTEST',
  'PLAN_FOR_COMMENT',
  'COMMENT_REPLY',
  'ADOPTION_DEADLINE',
  'DIGEST',
  'INVITATION',
  'PASSWORD_RESET',
  'PASSWORD_CHANGED',
] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

export const MAIL_DELIVERIES = ['IMMEDIATE', 'DIGEST', 'OFF'] as const;
export type MailDelivery = (typeof MAIL_DELIVERIES)[number];

/**
 * Always sent at once, whatever the person chose: a notice to a meeting is a legal act (the
 * förbundsordning's kallelse), and security mails must reach the person they protect.
 * DIGEST is the carrier of the others, never chosen.
 */
export const MANDATORY_MAIL_KINDS = [
  'MEETING_NOTICE',
  'INVITATION',
  'PASSWORD_RESET',
  'PASSWORD_CHANGED',
  'DIGEST',
] as const satisfies readonly MailKind[];

/** The kinds a person may set to a digest or off, in the order the preferences page lists them. */
export const CHOOSABLE_MAIL_KINDS = MAIL_KINDS.filter(
  (kind): kind is Exclude<MailKind, (typeof MANDATORY_MAIL_KINDS)[number]> =>
    !(MANDATORY_MAIL_KINDS as readonly MailKind[]).includes(kind),
);

export function isMandatoryMailKind(kind: MailKind): boolean {
  return (MANDATORY_MAIL_KINDS as readonly MailKind[]).includes(kind);
}

/** How a mail of `kind` reaches a person with these choices: no choice means at once; mandatory kinds ignore the choice. */
export function deliveryFor(kind: MailKind, choices: Partial<Record<MailKind, MailDelivery>>): MailDelivery {
  if (isMandatoryMailKind(kind)) return 'IMMEDIATE';
  return choices[kind] ?? 'IMMEDIATE';
}
