'use client';

import { useState } from 'react';
import { removePlanContentAction, saveGoalAction } from '@/actions/plan';
import { format, messages } from '@/i18n/catalog';
import { CheckboxGroup } from '@/components/ui/checkbox-group';
import { Field } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { SaveCancelRow } from '@/components/ui/save-footer';
import { useServerAction } from '@/components/ui/use-server-action';
import { RowControls } from './row-controls';

type Level = 'INDIVIDUAL' | 'STRUCTURAL' | 'FINANCIAL';
type TargetKind = 'PERCENT' | 'COUNT' | 'YES_NO';
type Measure =
  | 'INDICATOR_SHARE'
  | 'ENDED_TO_WORK_SHARE'
  | 'ENDED_TO_WORK_OR_STUDIES_SHARE'
  | 'STEP_MOVEMENT_SHARE'
  | 'PARTICIPANT_COUNT';
type Check = 'WITHIN_BUDGET' | 'EQUITY_AT_MOST_CAP' | 'EQUITY_AT_LEAST_FLOOR' | 'NO_LOANS';

export interface EditorGoal {
  id: string;
  level: Level;
  text: string;
  targetKind: TargetKind | null;
  targetValue: string | null;
  indicator: string;
  measure: Measure | null;
  financialCheck: Check | null;
  version: number;
  targetGroups: { id: string }[];
  interventions: { id: string }[];
}

interface Options {
  targetGroups: { id: string; name: string }[];
  interventions: { id: string; name: string }[];
}

const MEASURES: Measure[] = [
  'INDICATOR_SHARE',
  'ENDED_TO_WORK_SHARE',
  'ENDED_TO_WORK_OR_STUDIES_SHARE',
  'STEP_MOVEMENT_SHARE',
  'PARTICIPANT_COUNT',
];
const CHECKS: Check[] = ['WITHIN_BUDGET', 'EQUITY_AT_MOST_CAP', 'EQUITY_AT_LEAST_FLOOR', 'NO_LOANS'];

/** Edit/remove for a goal, or "Lägg till mål" for a level. */
export function GoalControls({
  slug,
  planId,
  level,
  goal,
  options,
}: {
  slug: string;
  planId: string;
  level: Level;
  goal?: EditorGoal;
  options: Options;
}) {
  const t = messages().planContent.goals;
  const [open, setOpen] = useState(false);
  const remove = useServerAction();
  if (open)
    return (
      <GoalForm slug={slug} planId={planId} level={level} goal={goal} options={options} onDone={() => setOpen(false)} />
    );
  return (
    <RowControls
      className="mt-1 flex flex-wrap gap-1 print:hidden"
      labels={t}
      onOpen={() => setOpen(true)}
      add={{
        ariaLabel: format(t.addTo, { level: messages().areas.goalLevel[level] }),
        testId: `goal-add-${level.toLowerCase()}`,
      }}
      named={goal && { text: goal.text }}
      onRemove={() => {
        if (goal)
          void remove.run(() => removePlanContentAction(slug, { kind: 'goal', rowId: goal.id, version: goal.version }));
      }}
      action={remove}
    />
  );
}

function GoalForm({
  slug,
  planId,
  level,
  goal,
  options,
  onDone,
}: {
  slug: string;
  planId: string;
  level: Level;
  goal?: EditorGoal;
  options: Options;
  onDone: () => void;
}) {
  const t = messages().planContent.goals;
  const common = messages().planContent.sections;
  const [text, setText] = useState(goal?.text ?? '');
  const [targetKind, setTargetKind] = useState<TargetKind | ''>(goal?.targetKind ?? '');
  const [targetValue, setTargetValue] = useState(goal?.targetValue?.replace('.', ',') ?? '');
  const [indicator, setIndicator] = useState(goal?.indicator ?? '');
  const [measure, setMeasure] = useState<Measure | ''>(goal?.measure ?? '');
  const [check, setCheck] = useState<Check | ''>(goal?.financialCheck ?? '');
  const [groups, setGroups] = useState<string[]>(goal?.targetGroups.map((g) => g.id) ?? []);
  const [interventions, setInterventions] = useState<string[]>(goal?.interventions.map((i) => i.id) ?? []);
  const action = useServerAction();
  const p = `goal-${goal?.id ?? `new-${level.toLowerCase()}`}`;
  return (
    <form
      className="card mt-2 flex flex-col gap-3"
      data-testid="goal-form"
      onSubmit={(event) => {
        event.preventDefault();
        void action.run(
          () =>
            saveGoalAction(slug, {
              planId,
              goalId: goal?.id,
              version: goal?.version,
              level,
              text,
              targetKind: targetKind || null,
              targetValue: targetKind === 'PERCENT' || targetKind === 'COUNT' ? targetValue : null,
              indicator,
              measure: measure || null,
              financialCheck: level === 'FINANCIAL' ? check || null : null,
              targetGroupIds: groups,
              interventionIds: interventions,
            }),
          onDone,
        );
      }}
    >
      <Field id={`${p}-text`} label={t.text} error={action.fieldErrors.text}>
        <Textarea id={`${p}-text`} rows={2} value={text} onChange={(e) => setText(e.target.value)} />
      </Field>
      {level === 'FINANCIAL' ? (
        <Field
          id={`${p}-check`}
          label={t.financialCheck}
          hint={t.financialCheckHint}
          error={action.fieldErrors.financialCheck}
        >
          <Select id={`${p}-check`} value={check} onChange={(e) => setCheck(e.target.value as Check | '')}>
            <option value="">{t.none}</option>
            {CHECKS.map((c) => (
              <option key={c} value={c}>
                {t.checks[c]}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={`${p}-kind`} label={t.targetKind} error={action.fieldErrors.targetKind}>
          <Select
            id={`${p}-kind`}
            value={targetKind}
            onChange={(e) => setTargetKind(e.target.value as TargetKind | '')}
          >
            <option value="">{t.noTarget}</option>
            <option value="PERCENT">{t.kinds.PERCENT}</option>
            <option value="COUNT">{t.kinds.COUNT}</option>
            <option value="YES_NO">{t.kinds.YES_NO}</option>
          </Select>
        </Field>
        {targetKind === 'PERCENT' || targetKind === 'COUNT' ? (
          <Field
            id={`${p}-value`}
            label={targetKind === 'PERCENT' ? t.valuePercent : t.valueCount}
            error={action.fieldErrors.targetValue}
          >
            <Input
              id={`${p}-value`}
              inputMode="decimal"
              value={targetValue}
              onChange={(e) => setTargetValue(e.target.value)}
            />
          </Field>
        ) : null}
      </div>
      {level !== 'FINANCIAL' ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id={`${p}-indicator`} label={t.indicator} hint={t.indicatorHint} error={action.fieldErrors.indicator}>
            <Input id={`${p}-indicator`} value={indicator} onChange={(e) => setIndicator(e.target.value)} />
          </Field>
          <Field id={`${p}-measure`} label={t.measure} error={action.fieldErrors.measure}>
            <Select id={`${p}-measure`} value={measure} onChange={(e) => setMeasure(e.target.value as Measure | '')}>
              <option value="">{t.none}</option>
              {MEASURES.map((m) => (
                <option key={m} value={m}>
                  {t.measures[m]}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      ) : null}
      {options.targetGroups.length > 0 ? (
        <CheckboxGroup
          legend={t.targetGroups}
          options={options.targetGroups}
          selected={groups}
          onChange={setGroups}
          error={action.fieldErrors.targetGroupIds}
        />
      ) : null}
      {options.interventions.length > 0 ? (
        <CheckboxGroup
          legend={t.interventions}
          options={options.interventions}
          selected={interventions}
          onChange={setInterventions}
          error={action.fieldErrors.interventionIds}
        />
      ) : null}
      <FormError message={action.message} />
      <SaveCancelRow
        busy={action.busy}
        saveLabel={common.save}
        cancelLabel={common.cancel}
        onCancel={onDone}
        testId="goal-save"
      />
    </form>
  );
}
