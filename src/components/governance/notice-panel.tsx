'use client';

import { messages } from '@/i18n/catalog';
import type { ActionResult } from '@/server/kernel/action-result';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { useServerAction } from '@/components/ui/use-server-action';

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
  const { busy, message, run } = useServerAction();
  return (
    <div className="space-y-2">
      <Button busy={busy} variant={sent ? 'secondary' : 'primary'} onClick={() => run(() => send(slug, { meetingId, version }))}>
        {sent ? t.sendNoticeAgain : t.sendNotice}
      </Button>
      <FormError message={message} />
    </div>
  );
}

/** Marks one of the signed-in person's notices read. */
export function MarkReadButton({ slug, noticeId, markRead }: { slug: string; noticeId: string; markRead: (slug: string, noticeId: string) => Promise<ActionResult<unknown, unknown>> }) {
  const { busy, run } = useServerAction();
  return (
    <Button busy={busy} variant="secondary" onClick={() => run(() => markRead(slug, noticeId))}>
      {messages().governance.meetings.markRead}
    </Button>
  );
}
