import 'server-only';
import { readMailSettings, type MailSettings } from './mail-settings';

/** Absolute links for mail: every link goes straight to the item, never to a list. */
export function mailLinks(slug: string, settings: MailSettings = readMailSettings()) {
  const association = `${settings.appUrl}/forbund/${encodeURIComponent(slug)}`;
  return {
    meeting: (meetingId: string) => `${association}/sammantraden/${encodeURIComponent(meetingId)}`,
    preferences: () => `${settings.appUrl}/konto/e-post`,
  };
}
