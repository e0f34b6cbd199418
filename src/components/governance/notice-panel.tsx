'use client';

import { messages } from '@/i18n/catalog';
import type { ActionResult } from '@/server/kernel/action-result';
import { FormMessage, primaryButton, secondaryButton, useAction } from './use-action';

/** Sends the notice (kallelse) to the body's members, or again after the agenda changed. */
export function NoticeButton({
  slug,
  meetingId,
  version,
  sent,
  send,
}: {
  slug: string;
  meetingId: string;
  version: number;
  sent: boolean;
  send: (slug: string, input: { meetingId: string; version: number }) => Promise<ActionResult<unknown, unknown>>;
}) {
  const t = messages().governance.meetings;
  const { pending, message, run } = useAction();
  return (
    <div className="space-y-2">
      <button type="button" disabled={pending} className={sent ? secondaryButton : primaryButton} onClick={() => run(() => send(slug, { meetingId, version }))}>
        {sent ? t.sendNoticeAgain : t.sendNotice}
      </button>
      <FormMessage message={message} />
    </div>
  );
}

/** Marks one of the signed-in person's notices read. */
export function MarkReadButton({ slug, noticeId, markRead }: { slug: string; noticeId: string; markRead: (slug: string, noticeId: string) => Promise<ActionResult<unknown, unknown>> }) {
  const { pending, run } = useAction();
  return (
    <button type="button" disabled={pending} className={secondaryButton} onClick={() => run(() => markRead(slug, noticeId))}>
      {messages().governance.meetings.markRead}
    </button>
  );
}
