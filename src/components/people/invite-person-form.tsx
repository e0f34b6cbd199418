'use client';

import { useState } from 'react';
import { invitePersonAction } from '@/actions/people';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { Input } from '@/components/ui/input';
import { Notice } from '@/components/ui/notice';
import { Select } from '@/components/ui/select';
import { useServerAction } from '@/components/ui/use-server-action';
import { ROLES, type Role } from '@/domain/authz/roles';
import { termEndsBeforeStart } from '@/domain/people/invitation-roles';
import { format, messages } from '@/i18n/catalog';

interface RoleRow {
  key: number;
  role: Role;
  memberId: string;
  validFrom: string;
  validTo: string;
}

/** Invite by e-mail: name, one or more roles, each with the member party it represents and a term from–to. */
export function InvitePersonForm({ slug, members }: { slug: string; members: { id: string; name: string }[] }) {
  const { people, roles: roleLabels } = messages();
  const t = people.settings;
  const action = useServerAction();
  const [rows, setRows] = useState<RoleRow[]>([
    { key: 0, role: 'BOARD_MEMBER', memberId: '', validFrom: '', validTo: '' },
  ]);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [invited, setInvited] = useState<string | null>(null);
  const errors = { ...action.fieldErrors, ...localErrors };
  const update = (key: number, change: Partial<RoleRow>) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));
  return (
    <form
      noValidate
      className="card grid gap-4"
      data-testid="invite-person-form"
      onSubmit={async (event) => {
        event.preventDefault();
        setInvited(null);
        const formElement = event.currentTarget;
        const form = new FormData(formElement);
        const termErrors: Record<string, string> = {};
        rows.forEach((row, index) => {
          if (termEndsBeforeStart(row.validFrom || null, row.validTo || null))
            termErrors[`roles.${index}.validTo`] = people.termEndsBeforeStart;
        });
        setLocalErrors(termErrors);
        if (Object.keys(termErrors).length > 0) return;
        const email = String(form.get('email') ?? '');
        const result = await action.run(() =>
          invitePersonAction(slug, {
            email,
            name: String(form.get('name') ?? ''),
            roles: rows.map((row) => ({
              role: row.role,
              memberId: row.memberId || null,
              validFrom: row.validFrom,
              validTo: row.validTo,
            })),
          }),
        );
        if (result.ok) {
          setInvited(format(t.invited, { email: email.trim() }));
          formElement.reset();
          setRows([{ key: Date.now(), role: 'BOARD_MEMBER', memberId: '', validFrom: '', validTo: '' }]);
        }
      }}
    >
      <h2 className="text-lg font-semibold">{t.inviteHeading}</h2>
      <p className="text-sm text-slate-600">{t.inviteIntro}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={people.emailLabel} error={errors.email}>
          <Input name="email" type="email" autoComplete="off" required testId="invite-email" />
        </Field>
        <Field label={people.nameLabel} error={errors.name}>
          <Input name="name" autoComplete="off" required testId="invite-name" />
        </Field>
      </div>
      {rows.map((row, index) => (
        <fieldset
          key={row.key}
          className="grid gap-3 rounded border border-slate-200 p-3 sm:grid-cols-4"
          data-testid="invite-role"
        >
          <legend className="px-1 text-sm font-medium">{`${t.roleLabel} ${index + 1}`}</legend>
          <Field label={t.roleLabel} error={errors[`roles.${index}.role`]}>
            <Select
              value={row.role}
              onChange={(event) => update(row.key, { role: event.target.value as Role })}
              testId={`invite-role-${index}`}
            >
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {roleLabels[role]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t.memberLabel} error={errors[`roles.${index}.memberId`]}>
            <Select
              value={row.memberId}
              onChange={(event) => update(row.key, { memberId: event.target.value })}
              testId={`invite-member-${index}`}
            >
              <option value="">{t.noMember}</option>
              {members.map((member) => (
                <option key={member.id} value={member.id}>
                  {member.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t.fromLabel} error={errors[`roles.${index}.validFrom`]}>
            <Input
              type="date"
              value={row.validFrom}
              onChange={(event) => update(row.key, { validFrom: event.target.value })}
              testId={`invite-from-${index}`}
            />
          </Field>
          <Field label={t.toLabel} error={errors[`roles.${index}.validTo`]}>
            <Input
              type="date"
              value={row.validTo}
              onChange={(event) => update(row.key, { validTo: event.target.value })}
              testId={`invite-to-${index}`}
            />
          </Field>
          {rows.length > 1 ? (
            <Button variant="secondary" onClick={() => setRows((current) => current.filter((r) => r.key !== row.key))}>
              {t.removeRole}
            </Button>
          ) : null}
        </fieldset>
      ))}
      {errors.roles ? <p className="text-sm text-red-700">{errors.roles}</p> : null}
      <div className="flex flex-wrap gap-3">
        <Button
          variant="secondary"
          onClick={() =>
            setRows((current) => [
              ...current,
              {
                key: Date.now(),
                role: ROLES.find((r) => !current.some((c) => c.role === r)) ?? 'DEPUTY',
                memberId: '',
                validFrom: '',
                validTo: '',
              },
            ])
          }
          testId="invite-add-role"
        >
          {t.addRole}
        </Button>
        <Button type="submit" busy={action.busy} busyText={t.inviting} testId="invite-submit">
          {t.invite}
        </Button>
      </div>
      <FormError message={action.message} />
      {invited ? <Notice testId="invite-done">{invited}</Notice> : null}
    </form>
  );
}
