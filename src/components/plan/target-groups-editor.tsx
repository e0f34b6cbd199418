'use client';

import { useState } from 'react';
import { removePlanContentAction, saveFocusAreaAction, saveTargetGroupAction } from '@/actions/plan';
import { messages } from '@/i18n/catalog';
import { Field } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { SaveCancelRow } from '@/components/ui/save-footer';
import { useServerAction } from '@/components/ui/use-server-action';
import { RowControls } from './row-controls';

export interface EditorTargetGroup {
  id: string;
  name: string;
  description: string;
  ageMin: number | null;
  ageMax: number | null;
  priority: number;
  rationale: string;
  version: number;
}

export interface EditorFocusArea {
  id: string;
  title: string;
  description: string;
  version: number;
}

const ageNumber = (text: string) => (text.trim() === '' ? null : Number(text));

/** Edit, add and remove buttons for one target group (the list itself is the page's table). */
export function TargetGroupControls({
  slug,
  planId,
  group,
}: {
  slug: string;
  planId: string;
  group?: EditorTargetGroup;
}) {
  const t = messages().planContent.targetGroups;
  const [open, setOpen] = useState(false);
  const remove = useServerAction();
  if (open) return <TargetGroupForm slug={slug} planId={planId} group={group} onDone={() => setOpen(false)} />;
  return (
    <RowControls
      labels={t}
      onOpen={() => setOpen(true)}
      add={{ testId: 'target-group-add' }}
      named={group && { name: group.name }}
      onRemove={() => {
        if (group)
          void remove.run(() =>
            removePlanContentAction(slug, { kind: 'targetGroup', rowId: group.id, version: group.version }),
          );
      }}
      action={remove}
    />
  );
}

function TargetGroupForm({
  slug,
  planId,
  group,
  onDone,
}: {
  slug: string;
  planId: string;
  group?: EditorTargetGroup;
  onDone: () => void;
}) {
  const t = messages().planContent.targetGroups;
  const common = messages().planContent.sections;
  const [values, setValues] = useState({
    name: group?.name ?? '',
    description: group?.description ?? '',
    ageMin: group?.ageMin?.toString() ?? '',
    ageMax: group?.ageMax?.toString() ?? '',
    priority: group?.priority ?? 1,
    rationale: group?.rationale ?? '',
  });
  const action = useServerAction();
  const p = `tg-${group?.id ?? 'new'}`;
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) =>
    setValues({ ...values, [key]: key === 'priority' ? Number(e.target.value) : e.target.value });
  return (
    <form
      className="card mt-2 flex min-w-72 flex-col gap-3 text-left font-normal"
      data-testid="target-group-form"
      onSubmit={(event) => {
        event.preventDefault();
        void action.run(
          () =>
            saveTargetGroupAction(slug, {
              planId,
              targetGroupId: group?.id,
              version: group?.version,
              name: values.name,
              description: values.description,
              ageMin: ageNumber(values.ageMin),
              ageMax: ageNumber(values.ageMax),
              priority: values.priority,
              rationale: values.rationale,
            }),
          onDone,
        );
      }}
    >
      <Field id={`${p}-name`} label={t.name} error={action.fieldErrors.name}>
        <Input id={`${p}-name`} value={values.name} onChange={set('name')} />
      </Field>
      <div className="grid grid-cols-3 gap-2">
        <Field id={`${p}-ageMin`} label={t.ageMin} error={action.fieldErrors.ageMin}>
          <Input id={`${p}-ageMin`} inputMode="numeric" value={values.ageMin} onChange={set('ageMin')} />
        </Field>
        <Field id={`${p}-ageMax`} label={t.ageMax} error={action.fieldErrors.ageMax}>
          <Input id={`${p}-ageMax`} inputMode="numeric" value={values.ageMax} onChange={set('ageMax')} />
        </Field>
        <Field id={`${p}-priority`} label={t.priority} error={action.fieldErrors.priority}>
          <Select id={`${p}-priority`} value={values.priority} onChange={set('priority')}>
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field id={`${p}-description`} label={t.description} error={action.fieldErrors.description}>
        <Textarea id={`${p}-description`} rows={3} value={values.description} onChange={set('description')} />
      </Field>
      <Field id={`${p}-rationale`} label={t.rationale} error={action.fieldErrors.rationale}>
        <Textarea id={`${p}-rationale`} rows={2} value={values.rationale} onChange={set('rationale')} />
      </Field>
      <FormError message={action.message} />
      <SaveCancelRow
        busy={action.busy}
        saveLabel={common.save}
        cancelLabel={common.cancel}
        onCancel={onDone}
        testId="target-group-save"
      />
    </form>
  );
}

/** Edit, add and remove for one focus area. */
export function FocusAreaControls({ slug, planId, area }: { slug: string; planId: string; area?: EditorFocusArea }) {
  const t = messages().planContent.focusAreas;
  const common = messages().planContent.sections;
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState(area?.title ?? '');
  const [description, setDescription] = useState(area?.description ?? '');
  const action = useServerAction();
  const p = `fa-${area?.id ?? 'new'}`;
  if (!open) {
    return (
      <RowControls
        labels={t}
        onOpen={() => setOpen(true)}
        add={{ testId: 'focus-area-add' }}
        named={area && { title: area.title }}
        onRemove={() => {
          if (area)
            void action.run(() =>
              removePlanContentAction(slug, { kind: 'focusArea', rowId: area.id, version: area.version }),
            );
        }}
        action={action}
      />
    );
  }
  return (
    <form
      className="card mt-2 flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        void action.run(
          () =>
            saveFocusAreaAction(slug, { planId, focusAreaId: area?.id, version: area?.version, title, description }),
          () => setOpen(false),
        );
      }}
    >
      <Field id={`${p}-title`} label={t.title} error={action.fieldErrors.title}>
        <Textarea id={`${p}-title`} rows={2} value={title} onChange={(e) => setTitle(e.target.value)} />
      </Field>
      <Field id={`${p}-description`} label={t.description} error={action.fieldErrors.description}>
        <Textarea
          id={`${p}-description`}
          rows={2}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
      </Field>
      <FormError message={action.message} />
      <SaveCancelRow
        busy={action.busy}
        saveLabel={common.save}
        cancelLabel={common.cancel}
        onCancel={() => setOpen(false)}
      />
    </form>
  );
}
