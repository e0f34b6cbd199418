'use client';

import type { UseFormReturn } from 'react-hook-form';
import type { BudgetLineType } from '@/domain/budget/types';
import { messages } from '@/i18n/catalog';
import { CategoryOptions } from './category-options';
import type { LineFormValues } from './line-form-schema';

const input = 'mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1';

/** Name, group, outside-total and note of a line, shared by the add form and the edit dialog. */
export function LineFields({
  form,
  type,
  idPrefix,
  withNote,
}: {
  form: UseFormReturn<LineFormValues>;
  type?: BudgetLineType;
  idPrefix: string;
  withNote: boolean;
}) {
  const t = messages().budgetEditor;
  const nameError = form.formState.errors.name?.message;
  return (
    <>
      <div>
        <label htmlFor={`${idPrefix}-name`} className="text-sm font-medium">
          {t.name}
        </label>
        <input
          id={`${idPrefix}-name`}
          {...form.register('name')}
          className={input}
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? `${idPrefix}-name-error` : undefined}
          data-testid={`${idPrefix}-name`}
        />
        {nameError ? (
          <p id={`${idPrefix}-name-error`} className="mt-1 text-sm text-red-700">
            {nameError}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor={`${idPrefix}-category`} className="text-sm font-medium">
          {t.group}
        </label>
        <select
          id={`${idPrefix}-category`}
          {...form.register('category')}
          className={input}
          data-testid={`${idPrefix}-category`}
        >
          <CategoryOptions type={type} />
        </select>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" {...form.register('outsideTotal')} data-testid={`${idPrefix}-outside-total`} />
        {t.outsideTotal}
      </label>
      {withNote ? (
        <div>
          <label htmlFor={`${idPrefix}-note`} className="text-sm font-medium">
            {t.note}
          </label>
          <textarea id={`${idPrefix}-note`} rows={2} {...form.register('note')} className={input} />
        </div>
      ) : null}
    </>
  );
}
