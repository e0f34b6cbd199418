'use client';

import { useState } from 'react';
import { addMemberAction, removeMemberAction, updateMemberAction } from '@/actions/settings';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { Input } from '@/components/ui/input';
import { SavedStatus } from '@/components/ui/save-footer';
import { Select } from '@/components/ui/select';
import { useServerAction } from '@/components/ui/use-server-action';
import { messages } from '@/i18n/catalog';

type Kind = 'FK' | 'AF' | 'REGION' | 'MUNICIPALITY';

export interface MemberRow {
  id: string;
  kind: Kind;
  name: string;
  orgNumber: string | null;
  order: number;
  joinedYear: number | null;
  leftYear: number | null;
  version: number;
}

interface Draft {
  kind: Kind;
  name: string;
  orgNumber: string;
  order: string;
  joinedYear: string;
  leftYear: string;
}

const yearOrNull = (text: string) => (text.trim() === '' ? null : /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);
const toDraft = (m: MemberRow): Draft => ({
  kind: m.kind,
  name: m.name,
  orgNumber: m.orgNumber ?? '',
  order: String(m.order),
  joinedYear: m.joinedYear === null ? '' : String(m.joinedYear),
  leftYear: m.leftYear === null ? '' : String(m.leftYear),
});
const fromDraft = (d: Draft) => ({
  kind: d.kind,
  name: d.name,
  orgNumber: d.orgNumber.trim() || null,
  order: yearOrNull(d.order) ?? 0,
  joinedYear: yearOrNull(d.joinedYear),
  leftYear: yearOrNull(d.leftYear),
});

function MemberFields({
  draft,
  onChange,
  errors,
  prefix,
}: {
  draft: Draft;
  onChange: (draft: Draft) => void;
  errors: Record<string, string>;
  prefix: string;
}) {
  const t = messages().associationSettings.members;
  const set = (patch: Partial<Draft>) => onChange({ ...draft, ...patch });
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      <Field label={t.kind} error={errors.kind}>
        <Select testId={`${prefix}-kind`} value={draft.kind} onChange={(e) => set({ kind: e.target.value as Kind })}>
          {(['FK', 'AF', 'REGION', 'MUNICIPALITY'] as const).map((kind) => (
            <option key={kind} value={kind}>
              {t.kinds[kind]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.name} error={errors.name}>
        <Input testId={`${prefix}-name`} value={draft.name} onChange={(e) => set({ name: e.target.value })} />
      </Field>
      <Field label={t.orgNumber} hint={t.orgNumberHelp} error={errors.orgNumber}>
        <Input
          testId={`${prefix}-org-number`}
          value={draft.orgNumber}
          onChange={(e) => set({ orgNumber: e.target.value })}
        />
      </Field>
      <Field label={t.order} error={errors.order}>
        <Input
          testId={`${prefix}-order`}
          inputMode="numeric"
          value={draft.order}
          onChange={(e) => set({ order: e.target.value })}
        />
      </Field>
      <Field label={t.joinedYear} error={errors.joinedYear}>
        <Input
          testId={`${prefix}-joined`}
          inputMode="numeric"
          value={draft.joinedYear}
          onChange={(e) => set({ joinedYear: e.target.value })}
        />
      </Field>
      <Field label={t.leftYear} error={errors.leftYear}>
        <Input
          testId={`${prefix}-left`}
          inputMode="numeric"
          value={draft.leftYear}
          onChange={(e) => set({ leftYear: e.target.value })}
        />
      </Field>
    </div>
  );
}

/** Adds a member (party). */
export function AddMemberForm({ slug, nextOrder }: { slug: string; nextOrder: number }) {
  const t = messages().associationSettings.members;
  const action = useServerAction();
  const empty: Draft = {
    kind: 'MUNICIPALITY',
    name: '',
    orgNumber: '',
    order: String(nextOrder),
    joinedYear: '',
    leftYear: '',
  };
  const [draft, setDraft] = useState(empty);
  const [added, setAdded] = useState(false);
  return (
    <form
      className="grid gap-3"
      data-testid="member-add-form"
      onSubmit={(event) => {
        event.preventDefault();
        setAdded(false);
        void action.run(() => addMemberAction(slug, fromDraft(draft)), {
          onSuccess: () => {
            setDraft({ ...empty, order: String(Number(draft.order) + 1) });
            setAdded(true);
          },
        });
      }}
    >
      <MemberFields draft={draft} onChange={setDraft} errors={action.fieldErrors} prefix="member-add" />
      <FormError message={action.message} />
      <SavedStatus show={added}>{t.added}</SavedStatus>
      <div>
        <Button type="submit" busy={action.busy} testId="member-add">
          {t.add}
        </Button>
      </div>
    </form>
  );
}

/** One member's row actions: edit (including the year it left) and remove. */
export function MemberActions({ slug, member }: { slug: string; member: MemberRow }) {
  const t = messages().associationSettings.members;
  const action = useServerAction();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(() => toDraft(member));
  if (!editing)
    return (
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" size="sm" testId={`member-edit-${member.id}`} onClick={() => setEditing(true)}>
          {t.edit}
        </Button>
        <Button
          variant="secondary"
          size="sm"
          busy={action.busy}
          testId={`member-remove-${member.id}`}
          onClick={() =>
            void action.run(() => removeMemberAction(slug, { memberId: member.id, version: member.version }))
          }
        >
          {t.remove}
        </Button>
        <FormError message={action.message} testId={`member-message-${member.id}`} />
      </div>
    );
  return (
    <form
      className="grid gap-3"
      data-testid={`member-edit-form-${member.id}`}
      onSubmit={(event) => {
        event.preventDefault();
        void action.run(
          () => updateMemberAction(slug, { memberId: member.id, version: member.version, ...fromDraft(draft) }),
          { onSuccess: () => setEditing(false) },
        );
      }}
    >
      <MemberFields draft={draft} onChange={setDraft} errors={action.fieldErrors} prefix={`member-${member.id}`} />
      <FormError message={action.message} />
      <div className="flex gap-2">
        <Button type="submit" busy={action.busy} size="sm">
          {t.save}
        </Button>
        <Button variant="secondary" size="sm" onClick={() => setEditing(false)}>
          {t.cancel}
        </Button>
      </div>
    </form>
  );
}
