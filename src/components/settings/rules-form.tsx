'use client';

import { useState } from 'react';
import { saveAssociationRulesAction } from '@/actions/settings';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { Input } from '@/components/ui/input';
import { SaveFooter } from '@/components/ui/save-footer';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { useServerAction } from '@/components/ui/use-server-action';
import { messages } from '@/i18n/catalog';

type SplitKey = 'EQUAL' | 'POPULATION' | 'FIXED_PERCENT';
type QuorumRule = 'MORE_THAN_HALF' | 'AT_LEAST_HALF' | 'FIXED_COUNT';

export interface RulesFormValues {
  regionHoldsMunicipalRole: boolean;
  municipalSplitKey: SplitKey;
  equityFloor: string;
  capTiers: { upTo: string; percent: string }[];
  prognosisYears: string;
  adoptionDeadlineMonth: string;
  adoptionDeadlineDay: string;
  quorumRule: QuorumRule;
  quorumFixedCount: string;
  noticeBoardText: string;
  noticeBoardUrl: string;
  decisionsNeedAdjustedMinutes: boolean;
}

const whole = (text: string) => (/^\s*-?\d+\s*$/.test(text) ? Number(text) : Number.NaN);

/** Inställningar → Regler: the rules from the chosen year on, each with what it does and where it comes from. */
export function RulesForm({
  slug,
  year,
  version,
  initial,
}: {
  slug: string;
  year: number;
  version: number | null;
  initial: RulesFormValues;
}) {
  const t = messages().associationSettings.rules;
  const action = useServerAction();
  const [values, setValues] = useState(initial);
  const [saved, setSaved] = useState(false);
  const set = (patch: Partial<RulesFormValues>) => {
    setSaved(false);
    setValues({ ...values, ...patch });
  };
  const setTier = (index: number, patch: Partial<{ upTo: string; percent: string }>) =>
    set({ capTiers: values.capTiers.map((tier, i) => (i === index ? { ...tier, ...patch } : tier)) });
  const error = (name: string) => action.fieldErrors[name];

  return (
    <form
      className="grid max-w-2xl gap-5"
      data-testid="rules-form"
      onSubmit={(event) => {
        event.preventDefault();
        void action.run(
          () =>
            saveAssociationRulesAction(slug, {
              year,
              version,
              regionHoldsMunicipalRole: values.regionHoldsMunicipalRole,
              municipalSplitKey: values.municipalSplitKey,
              equityFloor: values.equityFloor,
              capTiers: values.capTiers.map((tier) => ({ upTo: tier.upTo.trim() || null, percent: tier.percent })),
              prognosisYears: whole(values.prognosisYears),
              adoptionDeadlineMonth: whole(values.adoptionDeadlineMonth),
              adoptionDeadlineDay: whole(values.adoptionDeadlineDay),
              quorumRule: values.quorumRule,
              quorumFixedCount: values.quorumRule === 'FIXED_COUNT' ? whole(values.quorumFixedCount) : null,
              noticeBoardText: values.noticeBoardText,
              noticeBoardUrl: values.noticeBoardUrl,
              decisionsNeedAdjustedMinutes: values.decisionsNeedAdjustedMinutes,
            }),
          { onSuccess: () => setSaved(true) },
        );
      }}
    >
      <p className="text-sm text-slate-700">{t.editHint(year)}</p>
      <Field label={t.fundingModel} hint={t.fundingHelp} error={error('regionHoldsMunicipalRole')}>
        <Select
          testId="rules-funding"
          value={values.regionHoldsMunicipalRole ? 'HALF' : 'QUARTER'}
          onChange={(event) => set({ regionHoldsMunicipalRole: event.target.value === 'HALF' })}
        >
          <option value="QUARTER">{t.fundingQuarter}</option>
          <option value="HALF">{t.fundingHalf}</option>
        </Select>
      </Field>
      <Field label={t.splitKey} hint={t.splitKeyHelp} error={error('municipalSplitKey')}>
        <Select
          testId="rules-split-key"
          value={values.municipalSplitKey}
          onChange={(event) => set({ municipalSplitKey: event.target.value as SplitKey })}
        >
          {(['EQUAL', 'POPULATION', 'FIXED_PERCENT'] as const).map((key) => (
            <option key={key} value={key}>
              {t.splitKeys[key]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.equityFloor} hint={t.equityFloorHelp} error={error('equityFloor')}>
        <Input
          testId="rules-equity-floor"
          inputMode="decimal"
          value={values.equityFloor}
          onChange={(event) => set({ equityFloor: event.target.value })}
        />
      </Field>
      <fieldset className="grid gap-2" data-testid="rules-cap-tiers">
        <legend className="text-sm font-medium">{t.capTiers}</legend>
        <p className="text-sm text-slate-600">{t.capTiersHelp}</p>
        {values.capTiers.map((tier, index) => (
          <div key={index} className="grid grid-cols-2 gap-3">
            <Field
              label={t.tierUpTo(index + 1)}
              hint={index === values.capTiers.length - 1 ? t.tierOpen : undefined}
              error={error(`capTiers.${index}.upTo`)}
            >
              <Input
                testId={`rules-tier-${index}-upto`}
                inputMode="decimal"
                value={tier.upTo}
                onChange={(event) => setTier(index, { upTo: event.target.value })}
              />
            </Field>
            <Field label={t.tierPercent(index + 1)} error={error(`capTiers.${index}.percent`)}>
              <Input
                testId={`rules-tier-${index}-percent`}
                inputMode="decimal"
                value={tier.percent}
                onChange={(event) => setTier(index, { percent: event.target.value })}
              />
            </Field>
          </div>
        ))}
        {error('capTiers') ? <p className="text-sm text-red-700">{error('capTiers')}</p> : null}
        <div className="flex gap-2">
          <Button
            variant="secondary"
            testId="rules-add-tier"
            onClick={() => set({ capTiers: [...values.capTiers, { upTo: '', percent: '' }] })}
          >
            {t.addTier}
          </Button>
          {values.capTiers.length > 1 ? (
            <Button variant="secondary" onClick={() => set({ capTiers: values.capTiers.slice(0, -1) })}>
              {t.removeTier}
            </Button>
          ) : null}
        </div>
      </fieldset>
      <Field label={t.prognosisYears} hint={t.prognosisYearsHelp} error={error('prognosisYears')}>
        <Input
          testId="rules-prognosis-years"
          inputMode="numeric"
          value={values.prognosisYears}
          onChange={(event) => set({ prognosisYears: event.target.value })}
        />
      </Field>
      <fieldset className="grid gap-2">
        <legend className="text-sm font-medium">{t.deadline}</legend>
        <p className="text-sm text-slate-600">{t.deadlineHelp}</p>
        <div className="grid grid-cols-2 gap-3">
          <Field label={t.deadlineMonth} error={error('adoptionDeadlineMonth')}>
            <Input
              testId="rules-deadline-month"
              inputMode="numeric"
              value={values.adoptionDeadlineMonth}
              onChange={(event) => set({ adoptionDeadlineMonth: event.target.value })}
            />
          </Field>
          <Field label={t.deadlineDay} error={error('adoptionDeadlineDay')}>
            <Input
              testId="rules-deadline-day"
              inputMode="numeric"
              value={values.adoptionDeadlineDay}
              onChange={(event) => set({ adoptionDeadlineDay: event.target.value })}
            />
          </Field>
        </div>
      </fieldset>
      <Field label={t.quorumRule} hint={t.quorumHelp} error={error('quorumRule')}>
        <Select
          testId="rules-quorum"
          value={values.quorumRule}
          onChange={(event) => set({ quorumRule: event.target.value as QuorumRule })}
        >
          {(['MORE_THAN_HALF', 'AT_LEAST_HALF', 'FIXED_COUNT'] as const).map((rule) => (
            <option key={rule} value={rule}>
              {t.quorumRules[rule]}
            </option>
          ))}
        </Select>
      </Field>
      {values.quorumRule === 'FIXED_COUNT' ? (
        <Field label={t.quorumFixedCount} error={error('quorumFixedCount')}>
          <Input
            testId="rules-quorum-count"
            inputMode="numeric"
            value={values.quorumFixedCount}
            onChange={(event) => set({ quorumFixedCount: event.target.value })}
          />
        </Field>
      ) : null}
      <Field label={t.noticeBoardText} hint={t.noticeBoardHelp} error={error('noticeBoardText')}>
        <Textarea
          testId="rules-notice-board-text"
          rows={2}
          value={values.noticeBoardText}
          onChange={(event) => set({ noticeBoardText: event.target.value })}
        />
      </Field>
      <Field label={t.noticeBoardUrl} error={error('noticeBoardUrl')}>
        <Input
          testId="rules-notice-board-url"
          value={values.noticeBoardUrl}
          onChange={(event) => set({ noticeBoardUrl: event.target.value })}
        />
      </Field>
      <Field label={t.decisionsEffect} hint={t.decisionsEffectHelp} error={error('decisionsNeedAdjustedMinutes')}>
        <Select
          testId="rules-decisions-effect"
          value={values.decisionsNeedAdjustedMinutes ? 'ADJUSTED' : 'MEETING'}
          onChange={(event) => set({ decisionsNeedAdjustedMinutes: event.target.value === 'ADJUSTED' })}
        >
          <option value="MEETING">{t.decisionsEffectOptions.MEETING}</option>
          <option value="ADJUSTED">{t.decisionsEffectOptions.ADJUSTED}</option>
        </Select>
      </Field>
      <FormError message={action.message} />
      <SaveFooter saved={saved} savedText={t.saved} busy={action.busy} label={t.save} />
    </form>
  );
}
