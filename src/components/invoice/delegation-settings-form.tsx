'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { setPriceBaseAmountAction, updateDelegationSettingsAction } from '@/actions/invoices';
import { messages } from '@/i18n/catalog';
import type { ActionResult } from '@/server/kernel/action-result';
import { Button } from '@/components/ui/button';
import { controlClass } from '@/components/ui/control-class';
import { SaveFooter } from '@/components/ui/save-footer';
import { Field } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';

type Result = ActionResult<unknown, unknown>;
type BoardRole = 'CHAIR' | 'VICE_CHAIR';

function failureText(result: Result): Record<string, string> {
  if (result.ok) return {};
  return result.code === 'VALIDATION' ? result.fieldErrors : { form: result.message };
}

export function DelegationSettingsForm(props: {
  slug: string;
  initial: {
    version: number | null;
    directorAttestLimitPbb: string;
    attestAboveLimitRole: BoardRole;
    attestSubstituteRole: BoardRole;
    directorSubstituteRole: BoardRole;
  };
  decisions: { id: string; label: string }[];
}) {
  const t = messages().attest.settings;
  const roles = messages().roles;
  const router = useRouter();
  const [values, setValues] = useState({ ...props.initial, decisionId: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const set = (patch: Partial<typeof values>) => setValues({ ...values, ...patch });
  const roleSelect = (name: 'attestAboveLimitRole' | 'attestSubstituteRole' | 'directorSubstituteRole') => (
    <Field label={t[name]} id={`delegation-${name}`} error={errors[name]}>
      <Select value={values[name]} onChange={(event) => set({ [name]: event.target.value as BoardRole })}>
        {(['CHAIR', 'VICE_CHAIR'] as const).map((role) => (
          <option key={role} value={role}>
            {roles[role]}
          </option>
        ))}
      </Select>
    </Field>
  );
  return (
    <form
      className="grid max-w-xl gap-3"
      data-testid="delegation-form"
      onSubmit={async (event) => {
        event.preventDefault();
        const result = await updateDelegationSettingsAction(props.slug, values);
        setErrors(failureText(result));
        setSaved(result.ok);
        if (result.ok) router.refresh();
      }}
    >
      <Field label={t.decision} id="delegation-decision" hint={t.decisionHint} error={errors.decisionId}>
        <Select value={values.decisionId} onChange={(event) => set({ decisionId: event.target.value })}>
          <option value="">{messages().invoices.labels.none}</option>
          {props.decisions.map((decision) => (
            <option key={decision.id} value={decision.id}>
              {decision.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.directorAttestLimitPbb} id="delegation-limit" error={errors.directorAttestLimitPbb}>
        <Input
          value={values.directorAttestLimitPbb}
          onChange={(event) => set({ directorAttestLimitPbb: event.target.value })}
        />
      </Field>
      {roleSelect('directorSubstituteRole')}
      {roleSelect('attestAboveLimitRole')}
      {roleSelect('attestSubstituteRole')}
      <FormError message={errors.form} />
      <SaveFooter saved={saved} savedText={t.saved} label={t.save} />
    </form>
  );
}

export function PriceBaseAmountForm(props: { slug: string; existing: { year: number; version: number }[] }) {
  const t = messages().attest.settings;
  const router = useRouter();
  const [year, setYear] = useState('');
  const [amount, setAmount] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  return (
    <form
      className="mt-4 flex flex-wrap items-end gap-2"
      data-testid="price-base-amount-form"
      onSubmit={async (event) => {
        event.preventDefault();
        const yearNumber = Number(year);
        const version = props.existing.find((row) => row.year === yearNumber)?.version ?? null;
        const result = await setPriceBaseAmountAction(props.slug, { year: yearNumber, amount, version });
        setErrors(failureText(result));
        if (result.ok) {
          setYear('');
          setAmount('');
          router.refresh();
        }
      }}
    >
      <label className="text-sm font-medium">
        {t.year}
        <input
          className={controlClass}
          inputMode="numeric"
          value={year}
          onChange={(event) => setYear(event.target.value)}
        />
        {errors.year ? <span className="block text-sm text-red-700">{errors.year}</span> : null}
      </label>
      <label className="text-sm font-medium">
        {t.amount}
        <input
          className={controlClass}
          inputMode="decimal"
          value={amount}
          onChange={(event) => setAmount(event.target.value)}
        />
        {errors.amount ? <span className="block text-sm text-red-700">{errors.amount}</span> : null}
      </label>
      <Button type="submit">{t.add}</Button>
      {errors.form ? <p className="w-full text-sm text-red-700">{errors.form}</p> : null}
    </form>
  );
}
