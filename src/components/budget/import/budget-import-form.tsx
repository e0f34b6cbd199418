'use client';

import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { importBudgetAction, previewBudgetImportAction } from '@/actions/budget-import';
import { format, messages } from '@/i18n/catalog';
import type { BudgetImportPreview } from '@/server/budget/budget-import-preview';
import { BudgetImportPreviewView } from './budget-import-preview';
import { Button } from '@/components/ui/button';

interface Props {
  slug: string;
  plans: { id: string; label: string }[];
  defaultPlanId: string;
}

/** Choose file, plan and mode; preview first (nothing written), then confirm the import. */
export function BudgetImportForm({ slug, plans, defaultPlanId }: Props) {
  const t = messages().budgetImport;
  const [preview, setPreview] = useState<BudgetImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  const [pending, setPending] = useState<'preview' | 'import' | null>(null);

  function formDataOf(form: HTMLFormElement): FormData {
    const data = new FormData(form);
    return data;
  }

  async function run(form: HTMLFormElement, step: 'preview' | 'import') {
    setPending(step);
    setError(null);
    setFieldErrors({});
    setDone(null);
    try {
      const data = formDataOf(form);
      if (step === 'preview') {
        const result = await previewBudgetImportAction(slug, data);
        if (result.ok) setPreview(result.data);
        else {
          setPreview(null);
          setError(result.message);
          if (result.code === 'VALIDATION') setFieldErrors(result.fieldErrors);
        }
      } else {
        const result = await importBudgetAction(slug, data);
        if (!result.ok) {
          setError(result.message);
          if (result.code === 'VALIDATION') setFieldErrors(result.fieldErrors);
          return;
        }
        setPreview(result.data.preview);
        if (!result.data.imported) return;
        const values = {
          count: result.data.created,
          title: result.data.preview.plan.title,
          mismatches: result.data.preview.sums.mismatches.length,
        };
        setDone(format(values.mismatches > 0 ? t.importedWithMismatches : t.imported, values));
      }
    } catch {
      setError(messages().common.tryAgain);
    } finally {
      setPending(null);
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    void run(event.currentTarget, submitter?.value === 'import' ? 'import' : 'preview');
  }

  const canImport = preview !== null && preview.fileError === null && preview.errors.length === 0 && done === null;
  const input = 'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm';

  return (
    <div className="space-y-6">
      <form
        onSubmit={onSubmit}
        onChange={() => (setPreview(null), setDone(null))}
        className="grid gap-4 rounded-md border border-slate-200 bg-white p-4 sm:grid-cols-2"
        data-testid="budget-import-form"
      >
        <label className="block text-sm font-medium sm:col-span-2">
          {t.fileLabel}
          <input
            name="file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            required
            className={input}
            aria-invalid={fieldErrors.file ? true : undefined}
          />
          {fieldErrors.file ? <span className="mt-1 block text-sm text-red-700">{fieldErrors.file}</span> : null}
        </label>
        <label className="block text-sm font-medium">
          {t.planLabel}
          <select name="planId" defaultValue={defaultPlanId} className={input}>
            {plans.map((plan) => (
              <option key={plan.id} value={plan.id}>
                {plan.label}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="text-sm">
          <legend className="font-medium">{t.modeLabel}</legend>
          <label className="mt-1 flex items-center gap-2">
            <input type="radio" name="mode" value="replace" defaultChecked /> {t.modeReplace}
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="mode" value="append" /> {t.modeAppend}
          </label>
          {fieldErrors.mode ? <span className="mt-1 block text-red-700">{fieldErrors.mode}</span> : null}
        </fieldset>
        <div className="flex gap-3 sm:col-span-2">
          <Button type="submit" value="preview" disabled={pending !== null} variant="outline" size="lg">
            {pending === 'preview' ? t.previewing : t.preview}
          </Button>
          <Button
            type="submit"
            value="import"
            disabled={!canImport || pending !== null}
            size="lg"
            data-testid="budget-import-confirm"
          >
            {pending === 'import' ? t.importing : t.import}
          </Button>
        </div>
      </form>
      <div role="status" aria-live="polite">
        {error ? (
          <p className="rounded-md border-l-4 border-red-500 bg-red-50 px-4 py-3 text-sm text-red-900">{error}</p>
        ) : null}
        {done ? (
          <p
            className="rounded-md border-l-4 border-emerald-500 bg-emerald-50 px-4 py-3 text-sm text-emerald-950"
            data-testid="budget-import-done"
          >
            {done}{' '}
            <Link href={`/forbund/${slug}/budget`} className="font-medium underline">
              {t.backToBudget}
            </Link>
          </p>
        ) : null}
      </div>
      {preview ? <BudgetImportPreviewView preview={preview} /> : null}
    </div>
  );
}
