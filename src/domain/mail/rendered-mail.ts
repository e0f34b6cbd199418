/** A mail ready for the outbox: both bodies already in Swedish, links absolute. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  /** The link straight to the item; the daily digest lists it with the subject. */
  actionUrl?: string;
  attachments?: MailAttachment[];
}

/** A text attachment (an .ics calendar part); binary files are never mailed, only linked. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}
