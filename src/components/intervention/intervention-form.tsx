'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { saveInterventionAction } from '@/actions/interventions';
import { messages } from '@/i18n/catalog';
import { Button } from '@/components/ui/button';
import { CheckboxGroup } from '@/components/ui/checkbox-group';
import { Field } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { SaveCancelRow } from '@/components/ui/save-footer';
import { useServerAction } from '@/components/ui/use-server-action';

type Kind = 'INDIVIDUAL' | 'STRUCTURAL';
type Status = 'PROPOSED' | 'DECIDED' | 'RUNNING' | 'ENDED';

export interface InterventionFormValues {
  id: string;
  version: number;
  name: string;
  kind: Kind;
  status: Status;
  description: string;
  startDate: string | null;
  endDate: string | null;
  implementationPlan: string;
  fundingDecisionId: string | null;
  responsibleMemberIds: string[];
  targetGroupIds: string[];
}

interface Options {
  members: { id: string; name: string }[];
  decisions: { id: string; label: string }[];
  /** The shown plan's target groups; links to other plans' groups are kept as they are. */
  targetGroups: { id: string; name: string }[];
}

/** New intervention, or the edit form of one. After creating, opens its page (keeping `?ar=`). */
export function InterventionForm({
  slug,
  year,
  intervention,
  options,
  onDone,
}: {
  slug: string;
  year: number | null;
  intervention?: InterventionFormValues;
  options: Options;
  onDone?: () => void;
}) {
  const t = messages().planContent.interventionForm;
  const common = messages().planContent.sections;
  const area = messages().areas;
  const router = useRouter();
  const [v, setV] = useState({
    name: intervention?.name ?? '',
    kind: intervention?.kind ?? ('INDIVIDUAL' as Kind),
    status: intervention?.status ?? ('PROPOSED' as Status),
    description: intervention?.description ?? '',
    startDate: intervention?.startDate ?? '',
    endDate: intervention?.endDate ?? '',
    implementationPlan: intervention?.implementationPlan ?? '',
    fundingDecisionId: intervention?.fundingDecisionId ?? '',
  });
  const [members, setMembers] = useState<string[]>(intervention?.responsibleMemberIds ?? []);
  const shownGroups = new Set(options.targetGroups.map((g) => g.id));
  const otherGroups = (intervention?.targetGroupIds ?? []).filter((id) => !shownGroups.has(id));
  const [groups, setGroups] = useState<string[]>(
    (intervention?.targetGroupIds ?? []).filter((id) => shownGroups.has(id)),
  );
  const action = useServerAction();
  const p = `intervention-${intervention?.id ?? 'new'}`;
  const set = (key: keyof typeof v) => (e: { target: { value: string } }) => setV({ ...v, [key]: e.target.value });
  return (
    <form
      className="card flex flex-col gap-3"
      data-testid="intervention-form"
      onSubmit={(event) => {
        event.preventDefault();
        void action.run(
          () =>
            saveInterventionAction(slug, {
              interventionId: intervention?.id,
              version: intervention?.version,
              ...v,
              startDate: v.startDate || null,
              endDate: v.endDate || null,
              fundingDecisionId: v.fundingDecisionId || null,
              responsibleMemberIds: members,
              targetGroupIds: [...otherGroups, ...groups],
            }),
          (data) => {
            onDone?.();
            if (!intervention) router.push(`/forbund/${slug}/insatser/${data.id}${year ? `?ar=${year}` : ''}`);
          },
        );
      }}
    >
      <Field id={`${p}-name`} label={area.interventions.name} error={action.fieldErrors.name}>
        <Input id={`${p}-name`} value={v.name} onChange={set('name')} />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={`${p}-kind`} label={area.interventions.kind} error={action.fieldErrors.kind}>
          <Select id={`${p}-kind`} value={v.kind} onChange={set('kind')}>
            {(['INDIVIDUAL', 'STRUCTURAL'] as const).map((k) => (
              <option key={k} value={k}>
                {area.interventionKind[k]}
              </option>
            ))}
          </Select>
        </Field>
        <Field id={`${p}-status`} label={area.interventions.status} error={action.fieldErrors.status}>
          <Select id={`${p}-status`} value={v.status} onChange={set('status')}>
            {(['PROPOSED', 'DECIDED', 'RUNNING', 'ENDED'] as const).map((s) => (
              <option key={s} value={s}>
                {area.interventionStatus[s]}
              </option>
            ))}
          </Select>
        </Field>
        <Field id={`${p}-start`} label={t.startDate} error={action.fieldErrors.startDate}>
          <Input id={`${p}-start`} type="date" value={v.startDate} onChange={set('startDate')} />
        </Field>
        <Field id={`${p}-end`} label={t.endDate} hint={t.endDateHint} error={action.fieldErrors.endDate}>
          <Input id={`${p}-end`} type="date" value={v.endDate} onChange={set('endDate')} />
        </Field>
      </div>
      <Field id={`${p}-description`} label={t.description} error={action.fieldErrors.description}>
        <Textarea id={`${p}-description`} rows={3} value={v.description} onChange={set('description')} />
      </Field>
      <Field id={`${p}-decision`} label={t.fundingDecision} error={action.fieldErrors.fundingDecisionId}>
        <Select id={`${p}-decision`} value={v.fundingDecisionId} onChange={set('fundingDecisionId')}>
          <option value="">{t.noDecision}</option>
          {options.decisions.map((d) => (
            <option key={d.id} value={d.id}>
              {d.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        id={`${p}-implementation`}
        label={t.implementationPlan}
        hint={t.implementationPlanHint}
        error={action.fieldErrors.implementationPlan}
      >
        <Textarea
          id={`${p}-implementation`}
          rows={3}
          value={v.implementationPlan}
          onChange={set('implementationPlan')}
        />
      </Field>
      <CheckboxGroup
        legend={area.interventions.responsible}
        options={options.members}
        selected={members}
        onChange={setMembers}
        error={action.fieldErrors.responsibleMemberIds}
      />
      {options.targetGroups.length > 0 ? (
        <CheckboxGroup
          legend={area.interventions.targetGroups}
          options={options.targetGroups}
          selected={groups}
          onChange={setGroups}
          error={action.fieldErrors.targetGroupIds}
        />
      ) : null}
      <FormError message={action.message} />
      <SaveCancelRow
        busy={action.busy}
        saveLabel={common.save}
        cancelLabel={common.cancel}
        onCancel={onDone}
        testId="intervention-save"
      />
    </form>
  );
}

/** "Ny insats" / "Redigera": opens the form. */
export function InterventionFormToggle(props: {
  slug: string;
  year: number | null;
  intervention?: InterventionFormValues;
  options: Options;
}) {
  const t = messages().planContent.interventionForm;
  const [open, setOpen] = useState(false);
  if (open) return <InterventionForm {...props} onDone={() => setOpen(false)} />;
  return (
    <Button
      size="lg"
      onClick={() => setOpen(true)}
      data-testid={props.intervention ? 'intervention-edit' : 'intervention-new'}
    >
      {props.intervention ? t.edit : t.new}
    </Button>
  );
}
