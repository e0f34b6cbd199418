/** A mail ready for the outbox: both bodies already in Swedish, links absolute. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  attachments?: MailAttachment[];
}

/** A text attachment (an .ics calendar part); binary files are never mailed, only linked. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}
