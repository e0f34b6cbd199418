'use client';

import { useActionState, useState } from 'react';
import { Button } from '@/components/ui/button';
import { attachFollowUpReportAction } from '@/actions/follow-up';
import type { ActionResult } from '@/server/kernel/action-result';

interface Props {
  slug: string;
  defaultDate: string;
  /** Upcoming meetings with an "Ekonomisk uppföljning" item; null when the person may not add to notices. */
  meetings: { id: string; label: string }[] | null;
  texts: {
    formTitle: string;
    formLead: string;
    date: string;
    download: string;
    addToNotice: string;
    meeting: string;
    noUpcomingMeeting: string;
  };
}

/** Report per date: a download link for the PDF, and for the office "Lägg till i kallelse" under a meeting's follow-up item. */
export function FollowUpReportForm({ slug, defaultDate, meetings, texts }: Props) {
  const [date, setDate] = useState(defaultDate);
  const [state, action, pending] = useActionState(
    (_previous: ActionResult<{ message: string }> | null, form: FormData) =>
      attachFollowUpReportAction(slug, {
        date: String(form.get('datum') ?? ''),
        meetingId: String(form.get('meetingId') ?? ''),
      }),
    null,
  );
  const href = `/forbund/${slug}/budget/uppfoljning/rapport.pdf?datum=${encodeURIComponent(date)}`;
  const field = 'rounded-md border border-slate-300 bg-white px-2 py-1 text-sm';
  return (
    // Without meetings (people who may not add to notices) the form only builds the download link: no action, read-only.
    <form
      action={meetings ? action : undefined}
      data-read-only={meetings ? undefined : ''}
      className="card print:hidden"
      aria-labelledby="follow-up-report-title"
    >
      <h2 id="follow-up-report-title" className="text-lg font-semibold">
        {texts.formTitle}
      </h2>
      <p className="mt-1 max-w-prose text-sm text-slate-600">{texts.formLead}</p>
      <div className="mt-3 flex flex-wrap items-end gap-3">
        <label className="flex flex-col text-sm font-medium">
          {texts.date}
          <input
            type="date"
            name="datum"
            required
            value={date}
            onChange={(event) => setDate(event.target.value)}
            className={field}
          />
        </label>
        <a
          href={href}
          download
          className="rounded-md border border-slate-400 bg-white px-3 py-1 text-sm font-medium hover:bg-slate-50"
        >
          {texts.download}
        </a>
        {meetings && meetings.length > 0 ? (
          <>
            <label className="flex flex-col text-sm font-medium">
              {texts.meeting}
              <select name="meetingId" className={field} defaultValue={meetings[0]!.id}>
                {meetings.map((meeting) => (
                  <option key={meeting.id} value={meeting.id}>
                    {meeting.label}
                  </option>
                ))}
              </select>
            </label>
            <Button type="submit" disabled={pending}>
              {texts.addToNotice}
            </Button>
          </>
        ) : null}
      </div>
      {meetings && meetings.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{texts.noUpcomingMeeting}</p>
      ) : null}
      <div role="status" className="mt-3 text-sm">
        {state?.ok ? <p>{state.data.message}</p> : null}
        {state && !state.ok ? (
          <p className="text-red-800">
            {state.code === 'VALIDATION' ? Object.values(state.fieldErrors).join(' ') || state.message : state.message}
          </p>
        ) : null}
      </div>
    </form>
  );
}
