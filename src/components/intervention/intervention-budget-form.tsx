'use client';

import { useState } from 'react';
import { saveInterventionBudgetAction } from '@/actions/interventions';
import { formatKronor, parseKronor } from '@/domain/money/kronor';
import { format, messages } from '@/i18n/catalog';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { Input } from '@/components/ui/input';
import { useServerAction } from '@/components/ui/use-server-action';

export interface BudgetCellValue {
  year: number;
  kind: 'BUDGET' | 'PROGNOSIS';
  amount: string | null;
  version: number | null;
  afterEnd: boolean;
}

/** The intervention's amounts per year in one plan: the same cells as its line in the budget editor. */
export function InterventionBudgetForm({
  slug,
  interventionId,
  planId,
  cells,
}: {
  slug: string;
  interventionId: string;
  planId: string;
  cells: BudgetCellValue[];
}) {
  const t = messages().planContent.interventionBudget;
  const kinds = t.kinds;
  const [values, setValues] = useState<Record<number, string>>(
    Object.fromEntries(cells.map((c) => [c.year, c.amount === null ? '' : formatKronor(c.amount, { unit: false })])),
  );
  const action = useServerAction();
  return (
    <form
      className="flex flex-col gap-3"
      data-testid="intervention-budget-form"
      onSubmit={(event) => {
        event.preventDefault();
        void action.run(() =>
          saveInterventionBudgetAction(slug, {
            interventionId,
            planId,
            amounts: cells
              // An empty cell that was empty stays empty.
              .filter((c) => !(c.version === null && (values[c.year] ?? '').trim() === ''))
              .map((c) => ({ year: c.year, amount: values[c.year] ?? '', version: c.version })),
          }),
        );
      }}
    >
      <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {cells.map((c) => {
          const id = `intervention-budget-${c.year}`;
          const parsed = parseKronor(values[c.year] ?? '');
          const warn = c.afterEnd && parsed !== null && !parsed.isZero();
          return (
            <Field
              key={c.year}
              id={id}
              label={`${kinds[c.kind]} ${c.year}`}
              hint={c.afterEnd ? t.afterEndHint : undefined}
              error={
                action.fieldErrors[`amounts.${c.year}`] ??
                (warn ? format(t.afterEndWarning, { year: c.year }) : undefined)
              }
            >
              <Input
                id={id}
                className="text-right tabular-nums"
                inputMode="decimal"
                value={values[c.year] ?? ''}
                onChange={(e) => setValues({ ...values, [c.year]: e.target.value })}
                aria-invalid={warn || action.fieldErrors[`amounts.${c.year}`] ? true : undefined}
              />
            </Field>
          );
        })}
      </div>
      <FormError message={action.message} />
      <div>
        <Button type="submit" size="lg" busy={action.busy} data-testid="intervention-budget-save">
          {t.save}
        </Button>
      </div>
    </form>
  );
}
