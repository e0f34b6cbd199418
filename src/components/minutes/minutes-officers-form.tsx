'use client';

import { useState } from 'react';
import { markMinutesReadyAction, setMinutesOfficersAction } from '@/actions/minutes';
import { messages } from '@/i18n/catalog';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { Select } from '@/components/ui/select';
import { useServerAction } from '@/components/ui/use-server-action';

interface Person {
  personId: string;
  name: string;
}

/** Chair and secretary of the meeting (the office, while the minutes are open). */
export function MinutesOfficersForm({
  slug,
  meetingId,
  chairId,
  secretaryId,
  chairCandidates,
  secretaryCandidates,
}: {
  slug: string;
  meetingId: string;
  chairId: string | null;
  secretaryId: string | null;
  chairCandidates: Person[];
  secretaryCandidates: Person[];
}) {
  const t = messages().minutes.officers;
  const save = useServerAction();
  const [chair, setChair] = useState(chairId ?? '');
  const [secretary, setSecretary] = useState(secretaryId ?? '');
  return (
    <form
      className="mt-3 grid gap-2"
      data-testid="officers-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save.run(() =>
          setMinutesOfficersAction(slug, { meetingId, chairId: chair || null, secretaryId: secretary || null }),
        );
      }}
    >
      <Field label={t.chair} error={save.fieldErrors.chairId}>
        <Select value={chair} onChange={(event) => setChair(event.target.value)}>
          <option value="">{t.none}</option>
          {chairCandidates.map((person) => (
            <option key={person.personId} value={person.personId}>
              {person.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.secretary} error={save.fieldErrors.secretaryId}>
        <Select value={secretary} onChange={(event) => setSecretary(event.target.value)}>
          <option value="">{t.none}</option>
          {secretaryCandidates.map((person) => (
            <option key={person.personId} value={person.personId}>
              {person.name}
            </option>
          ))}
        </Select>
      </Field>
      <FormError message={save.message} testId="officers-error" />
      <div>
        <Button type="submit" busy={save.busy} data-testid="officers-submit">
          {t.submit}
        </Button>
      </div>
    </form>
  );
}

/** "Markera klart för justering" (the secretary, or the office with no secretary recorded). */
export function MarkReadyButton({ slug, meetingId }: { slug: string; meetingId: string }) {
  const t = messages().minutes.ready;
  const ready = useServerAction();
  return (
    <div className="mt-3" data-testid="ready-panel">
      <p className="text-sm">{t.lead}</p>
      <FormError message={ready.message} testId="ready-error" />
      <Button
        className="mt-2"
        busy={ready.busy}
        data-testid="mark-ready"
        onClick={() => void ready.run(() => markMinutesReadyAction(slug, { meetingId }))}
      >
        {t.submit}
      </Button>
    </div>
  );
}
