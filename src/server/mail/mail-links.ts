import 'server-only';
import { readMailSettings, type MailSettings } from './mail-settings';

/** Absolute links for mail: every link goes straight to the item, never to a list. */
export function mailLinks(slug: string, settings: MailSettings = readMailSettings()) {
  const association = `${settings.appUrl}/forbund/${encodeURIComponent(slug)}`;
  return {
    meeting: (meetingId: string) => `${association}/sammantraden/${encodeURIComponent(meetingId)}`,
    preferences: () => `${settings.appUrl}/konto/e-post`,
    planWorkflow: (year: number) => `${association}/plan/arbetsgang?ar=${year}`,
  };
}

/** Links outside any association: the start page and the personal mail preferences. */
export function personalMailLinks(settings: MailSettings = readMailSettings()) {
  return {
    start: () => `${settings.appUrl}/`,
    preferences: () => `${settings.appUrl}/konto/e-post`,
  };
}
