'use client';

import { cancelMeetingAction, markNoticeReadAction, sendNoticeAction } from '@/actions/meetings';
import { messages } from '@/i18n/catalog';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { useServerAction } from '@/components/ui/use-server-action';

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
  const { busy, message, run } = useServerAction();
  return (
    <div className="space-y-2">
      <Button
        busy={busy}
        variant={sent ? 'secondary' : 'primary'}
        onClick={() => run(() => sendNoticeAction(slug, { meetingId, version }))}
      >
        {sent ? t.sendNoticeAgain : t.sendNotice}
      </Button>
      <FormError message={message} />
    </div>
  );
}

/** Marks one of the signed-in person's notices read. */
export function MarkReadButton({ slug, noticeId }: { slug: string; noticeId: string }) {
  const { busy, run } = useServerAction();
  return (
    <Button busy={busy} variant="secondary" onClick={() => run(() => markNoticeReadAction(slug, { noticeId }))}>
      {messages().governance.meetings.markRead}
    </Button>
  );
}

/** Cancels the meeting after a confirmation; the called members get a cancellation by mail. */
export function CancelMeetingButton({
  slug,
  meetingId,
  version,
}: {
  slug: string;
  meetingId: string;
  version: number;
}) {
  const t = messages().mail.cancelMeeting;
  const { busy, message, run } = useServerAction();
  return (
    <div className="space-y-2">
      <Button
        busy={busy}
        variant="danger"
        onClick={() => {
          if (window.confirm(t.confirm)) void run(() => cancelMeetingAction(slug, { meetingId, version }));
        }}
      >
        {t.button}
      </Button>
      <FormError message={message} />
    </div>
  );
}
