'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { MeetingBody } from '@/generated/prisma/enums';
import { createMeetingAction, updateMeetingAction } from '@/actions/meetings';
import { messages } from '@/i18n/catalog';
import { FieldError, FormMessage, inputClass, primaryButton, useAction } from './use-action';

interface Values {
  body: MeetingBody;
  title: string;
  startsAt: string;
  location: string;
}

/** Creates a meeting (with body) or edits an existing one's title, time and place. */
export function MeetingForm({
  slug,
  initial,
  meeting,
}: {
  slug: string;
  initial: Values;
  meeting?: { id: string; version: number };
}) {
  const t = messages().governance.meetings;
  const router = useRouter();
  const { pending, message, fieldErrors, run } = useAction();
  const [values, setValues] = useState<Values>(initial);
  const [saved, setSaved] = useState(false);
  const set = (key: keyof Values) => (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
    setSaved(false);
    setValues({ ...values, [key]: event.target.value });
  };
  const aria = (key: keyof Values) => ({ id: `meeting-${key}`, 'aria-invalid': fieldErrors[key] ? true : undefined, 'aria-describedby': fieldErrors[key] ? `meeting-${key}-error` : undefined });
  const field = (key: keyof Values, label: string, control: React.ReactNode) => (
    <div>
      <label htmlFor={`meeting-${key}`} className="block text-sm font-medium">
        {label}
      </label>
      {control}
      <FieldError id={`meeting-${key}-error`} error={fieldErrors[key]} />
    </div>
  );

  return (
    <form
      noValidate
      className="grid gap-4"
      data-testid="meeting-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (meeting) {
          run(() => updateMeetingAction(slug, { meetingId: meeting.id, version: meeting.version, title: values.title, startsAt: values.startsAt, location: values.location }), () => setSaved(true));
        } else {
          run(
            () => createMeetingAction(slug, values),
            (data) => router.push(`/forbund/${encodeURIComponent(slug)}/sammantraden/${data.meetingId}`),
          );
        }
      }}
    >
      <FormMessage message={message} />
      {meeting
        ? null
        : field(
            'body',
            t.labels.body,
            <select className={inputClass} value={values.body} onChange={set('body')} {...aria('body')}>
              {(['BOARD', 'WORKING_COMMITTEE', 'PREPARATION_GROUP', 'MEMBERS_CONSULTATION'] as const).map((body) => (
                <option key={body} value={body}>
                  {messages().areas.meetingBody[body]}
                </option>
              ))}
            </select>,
          )}
      {field('title', t.labels.title, <input className={inputClass} value={values.title} onChange={set('title')} {...aria('title')} />)}
      <div className="grid gap-4 sm:grid-cols-2">
        {field('startsAt', t.labels.startsAt, <input type="datetime-local" className={inputClass} value={values.startsAt} onChange={set('startsAt')} {...aria('startsAt')} />)}
        {field('location', t.labels.location, <input className={inputClass} value={values.location} onChange={set('location')} {...aria('location')} />)}
      </div>
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          {meeting ? t.saveDetails : t.create}
        </button>
        {saved ? (
          <span role="status" className="text-sm text-slate-600">
            {t.saved}
          </span>
        ) : null}
      </div>
    </form>
  );
}
