'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { messages } from '@/i18n/catalog';
import { LineFields } from './line-fields';
import { lineFormSchema, type LineFormValues } from './line-form-schema';
import { Button } from '@/components/ui/button';

/** A new line: name, group (which decides income or cost) and whether it counts in the total. */
export function AddLineForm({ onAdd }: { onAdd: (values: LineFormValues) => Promise<string | null> }) {
  const t = messages().budgetEditor;
  const [error, setError] = useState<string | null>(null);
  const form = useForm<LineFormValues>({
    resolver: zodResolver(lineFormSchema),
    defaultValues: { name: '', category: 'STRUCTURAL', outsideTotal: false, note: '' },
  });
  return (
    <details className="card mt-4" data-testid="budget-add-line">
      <summary className="cursor-pointer font-semibold">{t.addLine}</summary>
      <form
        className="mt-3 grid max-w-xl gap-3"
        noValidate
        onSubmit={form.handleSubmit(async (values) => {
          const failure = await onAdd(values);
          setError(failure);
          if (!failure) form.reset();
        })}
      >
        <LineFields form={form} idPrefix="budget-add-line" withNote={false} />
        {error ? (
          <p role="alert" className="text-sm text-red-700">
            {error}
          </p>
        ) : null}
        <div>
          <Button type="submit" disabled={form.formState.isSubmitting} data-testid="budget-add-line-submit">
            {t.addLine}
          </Button>
        </div>
      </form>
    </details>
  );
}
