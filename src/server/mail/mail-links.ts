import 'server-only';
import { readMailSettings, type MailSettings } from './mail-settings';

/**
 * Absolute links for mail: every link goes straight to the item, never to a list. Each path is a
 * route under src/app/forbund/[slug] (tests/integration/mail-events.test.ts checks they exist).
 */
export function mailLinks(slug: string, settings: MailSettings = readMailSettings()) {
  const association = `${settings.appUrl}/forbund/${encodeURIComponent(slug)}`;
  const planWorkflow = (year: number) => `${association}/plan/arbetsgang?ar=${year}`;
  return {
    meeting: (meetingId: string) => `${association}/sammantraden/${encodeURIComponent(meetingId)}`,
    /** An agenda item's document (download route). */
    agendaAttachment: (attachmentId: string) =>
      `${association}/sammantraden/bilagor/${encodeURIComponent(attachmentId)}`,
    minutes: (meetingId: string) => `${association}/sammantraden/${encodeURIComponent(meetingId)}/protokoll`,
    invoice: (invoiceId: string) => `${association}/fakturor/${encodeURIComponent(invoiceId)}`,
    /** The comments section of the plan's workflow page for that year. */
    planComments: (year: number) => `${planWorkflow(year)}#synpunkter`,
    /** One comment (and its reply) on the plan's workflow page. */
    planComment: (year: number, commentId: string) => `${planWorkflow(year)}#synpunkt-${encodeURIComponent(commentId)}`,
    preferences: personalMailLinks(settings).preferences,
    planWorkflow,
  };
}

/** Links outside any association: the start page and the personal mail preferences. */
export function personalMailLinks(settings: MailSettings = readMailSettings()) {
  return {
    start: () => `${settings.appUrl}/`,
    preferences: () => `${settings.appUrl}/konto/e-post`,
  };
}
