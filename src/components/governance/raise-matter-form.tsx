'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { raiseMatterAction } from '@/actions/matters';
import { messages } from '@/i18n/catalog';
import type { RaiseMatterInput } from '@/server/matter/raise-matter';
import { FieldError, FormMessage, inputClass, primaryButton, useAction } from './use-action';

type Values = Omit<RaiseMatterInput, 'associationId'>;

export function RaiseMatterForm({
  slug,
  members,
}: {
  slug: string;
  members: { id: string; name: string }[];
}) {
  const t = messages().governance.matters;
  const router = useRouter();
  const { pending, message, fieldErrors, run } = useAction();
  const [values, setValues] = useState<Values>({ kind: 'APPLICATION', title: '', description: '', raisedByMemberId: '', requestedAmount: '', periodStart: '', periodEnd: '' });
  const set = (key: keyof Values) => (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => setValues({ ...values, [key]: event.target.value });
  const field = (key: keyof Values, label: string, control: React.ReactNode) => (
    <div>
      <label htmlFor={`matter-${key}`} className="block text-sm font-medium">
        {label}
      </label>
      {control}
      <FieldError id={`matter-${key}-error`} error={fieldErrors[key]} />
    </div>
  );
  const aria = (key: keyof Values) => ({ id: `matter-${key}`, 'aria-invalid': fieldErrors[key] ? true : undefined, 'aria-describedby': fieldErrors[key] ? `matter-${key}-error` : undefined });

  return (
    <form
      noValidate
      className="card grid max-w-2xl gap-4"
      data-testid="raise-matter-form"
      onSubmit={(event) => {
        event.preventDefault();
        run(
          () => raiseMatterAction(slug, values),
          (data) => router.push(`/forbund/${encodeURIComponent(slug)}/arenden/${data.matterId}`),
        );
      }}
    >
      <FormMessage message={message} />
      {field(
        'kind',
        t.labels.kind,
        <select className={inputClass} value={values.kind} onChange={set('kind')} {...aria('kind')}>
          <option value="APPLICATION">{messages().areas.matterKind.APPLICATION}</option>
          <option value="GENERAL">{messages().areas.matterKind.GENERAL}</option>
        </select>,
      )}
      {field('title', t.labels.title, <input className={inputClass} value={values.title} onChange={set('title')} {...aria('title')} />)}
      {field('description', t.labels.description, <textarea rows={4} className={inputClass} value={values.description} onChange={set('description')} {...aria('description')} />)}
      {field(
        'raisedByMemberId',
        t.labels.member,
        <select className={inputClass} value={values.raisedByMemberId} onChange={set('raisedByMemberId')} {...aria('raisedByMemberId')}>
          <option value="">{t.labels.memberNone}</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>,
      )}
      {field('requestedAmount', t.labels.requestedAmount, <input inputMode="decimal" className={inputClass} value={values.requestedAmount} onChange={set('requestedAmount')} {...aria('requestedAmount')} />)}
      <div className="grid gap-4 sm:grid-cols-2">
        {field('periodStart', t.labels.periodStart, <input type="date" className={inputClass} value={values.periodStart} onChange={set('periodStart')} {...aria('periodStart')} />)}
        {field('periodEnd', t.labels.periodEnd, <input type="date" className={inputClass} value={values.periodEnd} onChange={set('periodEnd')} {...aria('periodEnd')} />)}
      </div>
      <div>
        <button type="submit" disabled={pending} className={primaryButton}>
          {t.raise}
        </button>
      </div>
    </form>
  );
}
