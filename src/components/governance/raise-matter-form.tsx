'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { raiseMatterAction } from '@/actions/matters';
import { messages } from '@/i18n/catalog';
import type { RaiseMatterInput } from '@/server/matter/raise-matter';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { useServerAction } from '@/components/ui/use-server-action';

type Values = Omit<RaiseMatterInput, 'associationId'>;

/**
 * The form for raising a matter. `anyMember`: the person may raise it for any member or none; a member
 * representative gets only the members they represent (ADR 036), the first chosen.
 */
export function RaiseMatterForm({
  slug,
  members,
  anyMember,
}: {
  slug: string;
  members: { id: string; name: string }[];
  anyMember: boolean;
}) {
  const t = messages().governance.matters;
  const router = useRouter();
  const { busy, message, fieldErrors, run } = useServerAction();
  const [values, setValues] = useState<Values>({
    kind: 'APPLICATION',
    title: '',
    description: '',
    raisedByMemberId: anyMember ? '' : (members[0]?.id ?? ''),
    requestedAmount: '',
    periodStart: '',
    periodEnd: '',
  });
  const set =
    (key: keyof Values) => (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      setValues({ ...values, [key]: event.target.value });
  const field = (key: keyof Values, label: string, control: React.ReactNode) => (
    <Field id={`matter-${key}`} label={label} error={fieldErrors[key]}>
      {control}
    </Field>
  );

  return (
    <form
      noValidate
      className="card grid max-w-2xl gap-4"
      data-testid="raise-matter-form"
      onSubmit={(event) => {
        event.preventDefault();
        void run(
          () => raiseMatterAction(slug, values),
          (data) => router.push(`/forbund/${encodeURIComponent(slug)}/arenden/${data.matterId}`),
        );
      }}
    >
      <FormError message={message} />
      {field(
        'kind',
        t.labels.kind,
        <Select value={values.kind} onChange={set('kind')}>
          <option value="APPLICATION">{messages().areas.matterKind.APPLICATION}</option>
          <option value="GENERAL">{messages().areas.matterKind.GENERAL}</option>
        </Select>,
      )}
      {field('title', t.labels.title, <Input value={values.title} onChange={set('title')} />)}
      {field(
        'description',
        t.labels.description,
        <Textarea rows={4} value={values.description} onChange={set('description')} />,
      )}
      {field(
        'raisedByMemberId',
        t.labels.member,
        <Select value={values.raisedByMemberId} onChange={set('raisedByMemberId')}>
          {anyMember ? <option value="">{t.labels.memberNone}</option> : null}
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </Select>,
      )}
      {field(
        'requestedAmount',
        t.labels.requestedAmount,
        <Input inputMode="decimal" value={values.requestedAmount} onChange={set('requestedAmount')} />,
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        {field(
          'periodStart',
          t.labels.periodStart,
          <Input type="date" value={values.periodStart} onChange={set('periodStart')} />,
        )}
        {field(
          'periodEnd',
          t.labels.periodEnd,
          <Input type="date" value={values.periodEnd} onChange={set('periodEnd')} />,
        )}
      </div>
      <div>
        <Button type="submit" busy={busy}>
          {t.raise}
        </Button>
      </div>
    </form>
  );
}
