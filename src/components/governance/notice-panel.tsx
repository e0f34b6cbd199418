'use client';

import { markNoticeReadAction, sendNoticeAction } from '@/actions/meetings';
import { messages } from '@/i18n/catalog';
import { FormMessage, primaryButton, secondaryButton, useAction } from './use-action';

/** Sends the notice (kallelse) to the body's members, or again after the agenda changed. */
export function NoticeButton({
  slug,
  meetingId,
  version,
  sent,
}: {
  slug: string;
  meetingId: string;
  version: number;
  sent: boolean;
}) {
  const t = messages().governance.meetings;
  const { pending, message, run } = useAction();
  return (
    <div className="space-y-2">
      <button type="button" disabled={pending} className={sent ? secondaryButton : primaryButton} onClick={() => run(() => sendNoticeAction(slug, { meetingId, version }))}>
        {sent ? t.sendNoticeAgain : t.sendNotice}
      </button>
      <FormMessage message={message} />
    </div>
  );
}

/** Marks one of the signed-in person's notices read. */
export function MarkReadButton({ slug, noticeId }: { slug: string; noticeId: string }) {
  const { pending, run } = useAction();
  return (
    <button type="button" disabled={pending} className={secondaryButton} onClick={() => run(() => markNoticeReadAction(slug, { noticeId }))}>
      {messages().governance.meetings.markRead}
    </button>
  );
}
