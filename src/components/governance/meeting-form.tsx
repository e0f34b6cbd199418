'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { MeetingBody } from '@/generated/prisma/enums';
import { createMeetingAction, updateMeetingAction } from '@/actions/meetings';
import { messages } from '@/i18n/catalog';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { useServerAction } from '@/components/ui/use-server-action';

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
  const { busy, message, fieldErrors, run } = useServerAction();
  const [values, setValues] = useState<Values>(initial);
  const [saved, setSaved] = useState(false);
  const set = (key: keyof Values) => (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
    setSaved(false);
    setValues({ ...values, [key]: event.target.value });
  };
  const field = (key: keyof Values, label: string, control: React.ReactNode) => (
    <Field id={`meeting-${key}`} label={label} error={fieldErrors[key]}>
      {control}
    </Field>
  );

  return (
    <form
      noValidate
      className="grid gap-4"
      data-testid="meeting-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (meeting) {
          void run(
            () =>
              updateMeetingAction(slug, {
                meetingId: meeting.id,
                version: meeting.version,
                title: values.title,
                startsAt: values.startsAt,
                location: values.location,
              }),
            () => setSaved(true),
          );
        } else {
          void run(
            () => createMeetingAction(slug, values),
            (data) => router.push(`/forbund/${encodeURIComponent(slug)}/sammantraden/${data.meetingId}`),
          );
        }
      }}
    >
      <FormError message={message} />
      {meeting
        ? null
        : field(
            'body',
            t.labels.body,
            <Select value={values.body} onChange={set('body')}>
              {(['BOARD', 'WORKING_COMMITTEE', 'PREPARATION_GROUP', 'MEMBERS_CONSULTATION'] as const).map((body) => (
                <option key={body} value={body}>
                  {messages().areas.meetingBody[body]}
                </option>
              ))}
            </Select>,
          )}
      {field('title', t.labels.title, <Input value={values.title} onChange={set('title')} />)}
      <div className="grid gap-4 sm:grid-cols-2">
        {field(
          'startsAt',
          t.labels.startsAt,
          <Input type="datetime-local" value={values.startsAt} onChange={set('startsAt')} />,
        )}
        {field('location', t.labels.location, <Input value={values.location} onChange={set('location')} />)}
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" busy={busy}>
          {meeting ? t.saveDetails : t.create}
        </Button>
        {saved ? (
          <span role="status" className="text-sm text-slate-600">
            {t.saved}
          </span>
        ) : null}
      </div>
    </form>
  );
}
