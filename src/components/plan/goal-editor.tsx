'use client';

import { useState } from 'react';
import { removePlanContentAction, saveGoalAction } from '@/actions/plan';
import { format, messages } from '@/i18n/catalog';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { useServerAction } from '@/components/ui/use-server-action';

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
    <div className="mt-1 flex flex-wrap gap-1 print:hidden">
      <Button
        variant={goal ? 'secondary' : 'primary'}
        onClick={() => setOpen(true)}
        data-testid={goal ? undefined : `goal-add-${level.toLowerCase()}`}
        aria-label={
          goal
            ? format(t.editNamed, { text: goal.text })
            : format(t.addTo, { level: messages().areas.goalLevel[level] })
        }
      >
        {goal ? t.edit : t.add}
      </Button>
      {goal ? (
        <Button
          variant="danger"
          busy={remove.busy}
          aria-label={format(t.removeNamed, { text: goal.text })}
          onClick={() => {
            if (window.confirm(format(t.confirmRemove, { text: goal.text })))
              void remove.run(() =>
                removePlanContentAction(slug, { kind: 'goal', rowId: goal.id, version: goal.version }),
              );
          }}
        >
          {t.remove}
        </Button>
      ) : null}
      <FormError message={remove.message} />
    </div>
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
  const toggle = (list: string[], set: (ids: string[]) => void, id: string) =>
    set(list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);
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
        <fieldset>
          <legend className="text-sm font-medium">{t.targetGroups}</legend>
          {options.targetGroups.map((g) => (
            <label key={g.id} className="mr-4 inline-flex items-center gap-1 text-sm">
              <input type="checkbox" checked={groups.includes(g.id)} onChange={() => toggle(groups, setGroups, g.id)} />
              {g.name}
            </label>
          ))}
          {action.fieldErrors.targetGroupIds ? (
            <p className="text-sm text-red-700">{action.fieldErrors.targetGroupIds}</p>
          ) : null}
        </fieldset>
      ) : null}
      {options.interventions.length > 0 ? (
        <fieldset>
          <legend className="text-sm font-medium">{t.interventions}</legend>
          {options.interventions.map((i) => (
            <label key={i.id} className="mr-4 inline-flex items-center gap-1 text-sm">
              <input
                type="checkbox"
                checked={interventions.includes(i.id)}
                onChange={() => toggle(interventions, setInterventions, i.id)}
              />
              {i.name}
            </label>
          ))}
          {action.fieldErrors.interventionIds ? (
            <p className="text-sm text-red-700">{action.fieldErrors.interventionIds}</p>
          ) : null}
        </fieldset>
      ) : null}
      <FormError message={action.message} />
      <div className="flex gap-2">
        <Button type="submit" size="lg" busy={action.busy} data-testid="goal-save">
          {common.save}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {common.cancel}
        </Button>
      </div>
    </form>
  );
}
