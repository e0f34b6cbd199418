'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { setPriceBaseAmountAction, updateDelegationSettingsAction } from '@/actions/invoices';
import { messages } from '@/i18n/catalog';
import type { ActionResult } from '@/server/kernel/action-result';
import { Button } from '@/components/ui/button';
import { controlClass } from '@/components/ui/control-class';
import { SaveFooter } from '@/components/ui/save-footer';

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
    vatPercent: string;
    attestAboveLimitRole: BoardRole;
    attestSubstituteRole: BoardRole;
  };
}) {
  const t = messages().attest.settings;
  const roles = messages().roles;
  const router = useRouter();
  const [values, setValues] = useState(props.initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const set = (patch: Partial<typeof values>) => setValues({ ...values, ...patch });
  const error = (name: string) => (errors[name] ? <p className="mt-1 text-sm text-red-700">{errors[name]}</p> : null);
  const roleSelect = (name: 'attestAboveLimitRole' | 'attestSubstituteRole') => (
    <select
      id={`delegation-${name}`}
      className={controlClass}
      value={values[name]}
      onChange={(event) => set({ [name]: event.target.value as BoardRole })}
    >
      {(['CHAIR', 'VICE_CHAIR'] as const).map((role) => (
        <option key={role} value={role}>
          {roles[role]}
        </option>
      ))}
    </select>
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
      <label htmlFor="delegation-limit" className="text-sm font-medium">
        {t.directorAttestLimitPbb}
        <input
          id="delegation-limit"
          className={controlClass}
          value={values.directorAttestLimitPbb}
          onChange={(event) => set({ directorAttestLimitPbb: event.target.value })}
        />
      </label>
      {error('directorAttestLimitPbb')}
      <label htmlFor="delegation-vat" className="text-sm font-medium">
        {t.vatRate}
        <input
          id="delegation-vat"
          className={controlClass}
          value={values.vatPercent}
          onChange={(event) => set({ vatPercent: event.target.value })}
        />
      </label>
      {error('vatPercent')}
      <label htmlFor="delegation-attestAboveLimitRole" className="text-sm font-medium">
        {t.attestAboveLimitRole}
        {roleSelect('attestAboveLimitRole')}
      </label>
      <label htmlFor="delegation-attestSubstituteRole" className="text-sm font-medium">
        {t.attestSubstituteRole}
        {roleSelect('attestSubstituteRole')}
      </label>
      {error('attestSubstituteRole')}
      {error('form')}
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
