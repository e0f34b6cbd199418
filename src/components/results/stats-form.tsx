'use client';

import { useMemo, useState } from 'react';
import { ENDED_REASONS, type CountField, type PeriodKind } from '@/domain/results/types';
import { saveParticipantStatsAction } from '@/actions/results';
import { format, messages } from '@/i18n/catalog';
import { Field, FieldError } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { useServerAction } from '@/components/ui/use-server-action';
import { SaveFooter } from '@/components/ui/save-footer';

export interface StoredPeriod {
  periodKind: PeriodKind;
  period: number;
  version: number;
  values: Record<CountField, number> & { ageBandCounts: number[]; note: string };
}

const GROUPS: { key: 'flows' | 'gender' | 'ended'; fields: CountField[] }[] = [
  { key: 'flows', fields: ['activeCount', 'newCount', 'endedCount', 'stepMovement'] },
  { key: 'gender', fields: ['women', 'men', 'otherOrUnknown'] },
  { key: 'ended', fields: [...ENDED_REASONS] },
];

/** Enter or correct one period's statistics; the stored values of a chosen period are filled in. */
export function StatsForm(props: {
  slug: string;
  interventionId: string;
  year: number;
  ageBands: string[];
  stored: StoredPeriod[];
}) {
  const t = messages().results;
  const [periodKind, setPeriodKind] = useState<PeriodKind>('QUARTER');
  const [period, setPeriod] = useState(1);
  const current = useMemo(
    () => props.stored.find((s) => s.periodKind === periodKind && s.period === period) ?? null,
    [props.stored, periodKind, period],
  );
  type Values = { counts: Record<string, string>; note: string; ages: string[] };
  const fromStored = (s: StoredPeriod | null): Values => ({
    counts: Object.fromEntries(GROUPS.flatMap((g) => g.fields).map((f) => [f, s ? String(s.values[f]) : ''])),
    note: s?.values.note ?? '',
    ages: props.ageBands.map((_, i) => (s ? String(s.values.ageBandCounts[i] ?? 0) : '')),
  });
  const [values, setValues] = useState(() => fromStored(current));
  const { run, busy, message, fieldErrors: errors, reset } = useServerAction();
  const [saved, setSaved] = useState(false);

  const choose = (kind: PeriodKind, p: number) => {
    setPeriodKind(kind);
    setPeriod(p);
    setValues(fromStored(props.stored.find((s) => s.periodKind === kind && s.period === p) ?? null));
    reset();
    setSaved(false);
  };
  const periods = periodKind === 'MONTH' ? 12 : periodKind === 'QUARTER' ? 4 : 1;
  const num = (text: string | undefined) => (text === undefined || text.trim() === '' ? 0 : Number(text.trim()));
  const field = (name: CountField) => (
    <div key={name}>
      <label htmlFor={`stats-${name}`} className="text-sm font-medium">
        {t.columns[name]}
      </label>
      <Input
        id={`stats-${name}`}
        name={name}
        inputMode="numeric"
        value={values.counts[name] ?? ''}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `stats-${name}-error` : undefined}
        onChange={(event) => setValues({ ...values, counts: { ...values.counts, [name]: event.target.value } })}
      />
      <FieldError id={`stats-${name}-error`} error={errors[name]} />
    </div>
  );

  return (
    <form
      className="grid gap-4"
      data-testid="stats-form"
      onSubmit={async (event) => {
        event.preventDefault();
        const counts = Object.fromEntries(
          GROUPS.flatMap((g) => g.fields).map((f) => [f, num(values.counts[f])]),
        ) as Record<CountField, number>;
        const result = await run(() =>
          saveParticipantStatsAction(props.slug, {
            interventionId: props.interventionId,
            periodKind,
            year: props.year,
            period,
            ...counts,
            ageBandCounts: values.ages.map((a) => num(a)),
            note: values.note,
            version: current?.version ?? null,
          }),
        );
        setSaved(result.ok);
      }}
    >
      <div className="flex flex-wrap gap-4">
        <Field id="stats-period-kind" label={t.stats.periodKindField} labelClassName="text-sm font-medium">
          <Select value={periodKind} onChange={(event) => choose(event.target.value as PeriodKind, 1)}>
            {(['MONTH', 'QUARTER', 'YEAR'] as const).map((kind) => (
              <option key={kind} value={kind}>
                {t.periodKind[kind]}
              </option>
            ))}
          </Select>
        </Field>
        {periodKind !== 'YEAR' ? (
          <Field id="stats-period" label={t.stats.periodField} labelClassName="text-sm font-medium">
            <Select value={period} onChange={(event) => choose(periodKind, Number(event.target.value))}>
              {Array.from({ length: periods }, (_, i) => i + 1).map((p) => (
                <option key={p} value={p}>
                  {periodKind === 'MONTH'
                    ? t.months[p - 1]
                    : format(t.periodLabel.QUARTER, { period: p, year: props.year })}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
      </div>
      {GROUPS.map((group) => (
        <fieldset key={group.key} className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <legend className="mb-1 text-sm font-semibold">{t.stats[group.key]}</legend>
          {group.fields.map(field)}
        </fieldset>
      ))}
      <fieldset className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <legend className="mb-1 text-sm font-semibold">{t.stats.ages}</legend>
        {props.ageBands.map((band, i) => (
          <div key={band}>
            <label htmlFor={`stats-age-${i}`} className="text-sm font-medium">
              {format(t.columns.ageBand, { band })}
            </label>
            <Input
              id={`stats-age-${i}`}
              inputMode="numeric"
              value={values.ages[i] ?? ''}
              onChange={(event) =>
                setValues({ ...values, ages: values.ages.map((a, j) => (j === i ? event.target.value : a)) })
              }
            />
          </div>
        ))}
        <div className="col-span-full">
          <FieldError id="stats-ages-error" error={errors.ageBandCounts} />
        </div>
      </fieldset>
      <div>
        <label htmlFor="stats-note" className="text-sm font-medium">
          {t.columns.note}
        </label>
        <Textarea
          id="stats-note"
          rows={2}
          value={values.note}
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={`stats-note-help${errors.note ? ' stats-note-error' : ''}`}
          onChange={(event) => setValues({ ...values, note: event.target.value })}
        />
        <p id="stats-note-help" className="mt-1 text-xs text-slate-600">
          {t.aggregatesOnly}
        </p>
        <FieldError id="stats-note-error" error={errors.note} />
      </div>
      <FormError message={errors.period ?? message} />
      <SaveFooter saved={saved} savedText={t.stats.saved} busy={busy} label={t.stats.save} />
    </form>
  );
}
