'use client';

import Decimal from 'decimal.js';
import { useState } from 'react';
import { saveKeyFiguresAction } from '@/actions/settings';
import { Field, FieldError } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { Input } from '@/components/ui/input';
import { SaveFooter } from '@/components/ui/save-footer';
import { useServerAction } from '@/components/ui/use-server-action';
import { messages } from '@/i18n/catalog';

export interface KeyFormRow {
  memberId: string;
  name: string;
  population: string;
  splitPercent: string;
  version: number | null;
}

/** The municipalities' key for one year: population or share per municipality (shares sum to 100 %). */
export function KeyFiguresForm({
  slug,
  year,
  splitKey,
  rows,
}: {
  slug: string;
  year: number;
  splitKey: 'POPULATION' | 'FIXED_PERCENT';
  rows: KeyFormRow[];
}) {
  const t = messages().associationSettings.members.key;
  const action = useServerAction();
  const [values, setValues] = useState(rows);
  const [saved, setSaved] = useState(false);
  const set = (memberId: string, patch: Partial<KeyFormRow>) => {
    setSaved(false);
    setValues(values.map((row) => (row.memberId === memberId ? { ...row, ...patch } : row)));
  };
  const percentSum = values.reduce((acc, row) => {
    const text = row.splitPercent.replace(',', '.').trim();
    return /^\d+(\.\d+)?$/.test(text) ? acc.plus(text) : acc;
  }, new Decimal(0));
  return (
    <form
      className="grid max-w-xl gap-3"
      data-testid="key-form"
      onSubmit={(event) => {
        event.preventDefault();
        void action.run(
          () =>
            saveKeyFiguresAction(slug, {
              year,
              figures: values.map((row) => ({
                memberId: row.memberId,
                // The stored version as the page last read it (the typed values stay in state).
                version: rows.find((stored) => stored.memberId === row.memberId)?.version ?? null,
                population:
                  splitKey === 'POPULATION'
                    ? /^\s*\d+\s*$/.test(row.population.replace(/[\s\u00a0]/g, ''))
                      ? Number(row.population.replace(/[\s\u00a0]/g, ''))
                      : null
                    : null,
                splitPercent: splitKey === 'FIXED_PERCENT' ? row.splitPercent : null,
              })),
            }),
          { onSuccess: () => setSaved(true) },
        );
      }}
    >
      {values.map((row) =>
        splitKey === 'POPULATION' ? (
          <Field
            key={row.memberId}
            label={`${row.name}: ${t.population}`}
            error={action.fieldErrors[`population.${row.memberId}`]}
          >
            <Input
              testId={`key-population-${row.name}`}
              inputMode="numeric"
              value={row.population}
              onChange={(e) => set(row.memberId, { population: e.target.value })}
            />
          </Field>
        ) : (
          <Field
            key={row.memberId}
            label={`${row.name}: ${t.splitPercent}`}
            error={action.fieldErrors[`splitPercent.${row.memberId}`]}
          >
            <Input
              testId={`key-percent-${row.name}`}
              inputMode="decimal"
              value={row.splitPercent}
              onChange={(e) => set(row.memberId, { splitPercent: e.target.value })}
            />
          </Field>
        ),
      )}
      {splitKey === 'FIXED_PERCENT' ? (
        <div data-testid="key-percent-sum">
          <p className="text-sm">
            {t.sum}: {percentSum.toString().replace('.', ',')} %
          </p>
          <FieldError error={action.fieldErrors.splitPercentSum} />
        </div>
      ) : null}
      <FormError message={action.message} />
      <SaveFooter saved={saved} savedText={t.saved} busy={action.busy} label={t.save(year)} />
    </form>
  );
}
