'use client';

import { useState } from 'react';
import { addBoardSeatAction } from '@/actions/board';
import { Button } from '@/components/ui/button';
import { CheckboxGroup } from '@/components/ui/checkbox-group';
import { Field } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { useServerAction } from '@/components/ui/use-server-action';
import { messages } from '@/i18n/catalog';

type Kind = 'ORDINARY' | 'DEPUTY' | 'CO_OPTED';

const EMPTY = {
  kind: 'ORDINARY' as Kind,
  joint: false,
  memberIds: [] as string[],
  personId: '',
  from: '',
  to: '',
  deputyOrder: '',
  personalDeputyForId: '',
  workingCommittee: false,
};

/** Fills a seat on the board for a term: holder, the member(s) it belongs to, deputy details. */
export function AddSeatForm(props: {
  slug: string;
  deputyMode: 'ORDERED' | 'PERSONAL';
  members: { id: string; name: string }[];
  people: { id: string; name: string }[];
  /** Ordinary seats in force or coming, for a personal deputy to stand in for. */
  ordinarySeats: { id: string; label: string }[];
  defaultFrom: string;
}) {
  const t = messages().board;
  const f = t.addSeat;
  const [values, setValues] = useState({ ...EMPTY, from: props.defaultFrom });
  const [done, setDone] = useState(false);
  const set = (patch: Partial<typeof values>) => {
    setDone(false);
    setValues({ ...values, ...patch });
  };
  const { run, busy, message, fieldErrors } = useServerAction();
  const deputy = values.kind === 'DEPUTY';
  return (
    <form
      className="grid max-w-2xl gap-3"
      data-testid="add-seat-form"
      onSubmit={(event) => {
        event.preventDefault();
        void run(() => addBoardSeatAction(props.slug, values), {
          onSuccess: () => {
            setValues({ ...EMPTY, from: values.from });
            setDone(true);
          },
        });
      }}
    >
      <h3 className="text-base font-semibold">{f.title}</h3>
      <p className="text-sm text-slate-600">{t.deputyMode[props.deputyMode]}</p>
      <Field label={f.kind} error={fieldErrors.kind}>
        <Select value={values.kind} onChange={(event) => set({ kind: event.target.value as Kind })} testId="seat-kind">
          {(['ORDINARY', 'DEPUTY', 'CO_OPTED'] as const).map((kind) => (
            <option key={kind} value={kind}>
              {t.kinds[kind]}
            </option>
          ))}
        </Select>
      </Field>
      <label className="inline-flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={values.joint}
          onChange={(event) => set({ joint: event.target.checked })}
          data-testid="seat-joint"
        />
        {f.joint}
      </label>
      <div data-testid="seat-members">
        <CheckboxGroup
          legend={f.members}
          options={props.members}
          selected={values.memberIds}
          onChange={(memberIds) => set({ memberIds })}
          error={fieldErrors.memberIds}
        />
      </div>
      <Field label={f.person} error={fieldErrors.personId}>
        <Select
          value={values.personId}
          onChange={(event) => set({ personId: event.target.value })}
          testId="seat-person"
        >
          <option value="">{f.choosePerson}</option>
          {props.people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </Select>
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={f.from} error={fieldErrors.from}>
          <Input
            type="date"
            value={values.from}
            onChange={(event) => set({ from: event.target.value })}
            testId="seat-from"
          />
        </Field>
        <Field label={f.to} hint={f.toHint} error={fieldErrors.to}>
          <Input type="date" value={values.to} onChange={(event) => set({ to: event.target.value })} testId="seat-to" />
        </Field>
      </div>
      {deputy && props.deputyMode === 'ORDERED' ? (
        <Field label={f.deputyOrder} error={fieldErrors.deputyOrder}>
          <Input
            inputMode="numeric"
            value={values.deputyOrder}
            onChange={(event) => set({ deputyOrder: event.target.value })}
            testId="seat-deputy-order"
          />
        </Field>
      ) : null}
      {deputy && props.deputyMode === 'PERSONAL' ? (
        <Field label={f.personalDeputyFor} error={fieldErrors.personalDeputyForId}>
          <Select
            value={values.personalDeputyForId}
            onChange={(event) => set({ personalDeputyForId: event.target.value })}
            testId="seat-personal-deputy-for"
          >
            <option value="">{f.chooseSeat}</option>
            {props.ordinarySeats.map((seat) => (
              <option key={seat.id} value={seat.id}>
                {seat.label}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <label className="inline-flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={values.workingCommittee}
          onChange={(event) => set({ workingCommittee: event.target.checked })}
          data-testid="seat-working-committee"
        />
        {f.workingCommittee}
      </label>
      <FormError message={message} />
      {done ? (
        <p className="text-sm text-green-800" role="status" data-testid="seat-added">
          {f.done}
        </p>
      ) : null}
      <div>
        <Button type="submit" busy={busy} testId="add-seat-submit">
          {f.submit}
        </Button>
      </div>
    </form>
  );
}
