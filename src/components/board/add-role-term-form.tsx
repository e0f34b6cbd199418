'use client';

import { useState } from 'react';
import { addRoleTermAction } from '@/actions/board';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { useServerAction } from '@/components/ui/use-server-action';
import { ROLES, type Role } from '@/domain/authz/roles';
import { messages } from '@/i18n/catalog';

/** Gives a person a role (chair, vice chair, auditor …) for a term. */
export function AddRoleTermForm(props: {
  slug: string;
  members: { id: string; name: string }[];
  people: { id: string; name: string }[];
  defaultFrom: string;
}) {
  const all = messages();
  const f = all.board.addRole;
  const empty = { personId: '', role: 'CHAIR' as Role, memberId: '', from: props.defaultFrom, to: '' };
  const [values, setValues] = useState(empty);
  const [done, setDone] = useState(false);
  const set = (patch: Partial<typeof values>) => {
    setDone(false);
    setValues({ ...values, ...patch });
  };
  const { run, busy, message, fieldErrors } = useServerAction();
  return (
    <form
      className="grid max-w-2xl gap-3"
      data-testid="add-role-term-form"
      onSubmit={(event) => {
        event.preventDefault();
        void run(() => addRoleTermAction(props.slug, values), {
          onSuccess: () => {
            setValues({ ...empty, from: values.from });
            setDone(true);
          },
        });
      }}
    >
      <h3 className="text-base font-semibold">{f.title}</h3>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={f.person} error={fieldErrors.personId}>
          <Select
            value={values.personId}
            onChange={(event) => set({ personId: event.target.value })}
            testId="role-person"
          >
            <option value="">{f.choosePerson}</option>
            {props.people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={f.role} error={fieldErrors.role}>
          <Select
            value={values.role}
            onChange={(event) => set({ role: event.target.value as Role })}
            testId="role-role"
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {all.roles[role]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={f.member} error={fieldErrors.memberId}>
          <Select
            value={values.memberId}
            onChange={(event) => set({ memberId: event.target.value })}
            testId="role-member"
          >
            <option value="">{f.noMember}</option>
            {props.members.map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
          </Select>
        </Field>
        <div />
        <Field label={f.from} error={fieldErrors.from}>
          <Input
            type="date"
            value={values.from}
            onChange={(event) => set({ from: event.target.value })}
            testId="role-from"
          />
        </Field>
        <Field label={f.to} hint={all.board.addSeat.toHint} error={fieldErrors.to}>
          <Input type="date" value={values.to} onChange={(event) => set({ to: event.target.value })} testId="role-to" />
        </Field>
      </div>
      <FormError message={message} />
      {done ? (
        <p className="text-sm text-green-800" role="status" data-testid="role-term-added">
          {f.done}
        </p>
      ) : null}
      <div>
        <Button type="submit" busy={busy} testId="add-role-term-submit">
          {f.submit}
        </Button>
      </div>
    </form>
  );
}
