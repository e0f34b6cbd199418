'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm, type FieldPath } from 'react-hook-form';
import Decimal from 'decimal.js';
import { MAX_ATTACHMENT_BYTES } from '@/domain/invoice/attachment-type';
import { deriveVat, VAT_PERCENTS } from '@/domain/invoice/vat';
import { formatKronor, parseKronor } from '@/domain/money/kronor';
import { recordInvoiceAction } from '@/actions/invoices';
import { messages } from '@/i18n/catalog';
import { invoiceFormSchema, type InvoiceFormValues } from './invoice-form-schema';
import { Button } from '@/components/ui/button';
import { controlClass } from '@/components/ui/control-class';

interface Options {
  budgetLines: { year: number; lines: { id: string; name: string }[] }[];
  interventions: { id: string; name: string }[];
  people: { id: string; name: string }[];
}

export function InvoiceForm({ slug, options }: { slug: string; options: Options }) {
  const t = messages().invoices;
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const form = useForm<InvoiceFormValues>({
    resolver: zodResolver(invoiceFormSchema),
    defaultValues: {
      supplier: '',
      invoiceNumber: '',
      invoiceDate: '',
      dueDate: '',
      amountExclVat: '',
      vatPercent: '25',
      vatAmount: '',
      budgetLineId: '',
      interventionId: '',
      concernsPersonId: '',
      payeeKind: 'SUPPLIER',
      payeePersonId: '',
    },
  });
  const [vatPercent, payeeKind, exclText, vatText] = form.watch([
    'vatPercent',
    'payeeKind',
    'amountExclVat',
    'vatAmount',
  ]);
  // The amount incl. VAT follows from the amount excl. VAT and the rate (or the VAT amount); the server checks it again.
  const derived = deriveVat({
    amountExclVat: parseKronor(exclText) ?? new Decimal(0),
    vatPercent: vatPercent === 'other' ? null : vatPercent,
    vatAmount: vatPercent === 'other' ? (parseKronor(vatText) ?? new Decimal(0)) : null,
  });
  const { errors } = form.formState;
  // Lines of the plan of the invoice's year only (the server refuses others); all years until a date is given.
  const invoiceYear = Number(form.watch('invoiceDate').slice(0, 4));
  const planYears = options.budgetLines.some((plan) => plan.year === invoiceYear)
    ? options.budgetLines.filter((plan) => plan.year === invoiceYear)
    : options.budgetLines;

  const field = (name: keyof InvoiceFormValues, label: string, control: React.ReactNode) => (
    <div>
      <label htmlFor={`invoice-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      {control}
      {errors[name] ? (
        <p id={`invoice-${name}-error`} className="mt-1 text-sm text-red-700">
          {errors[name]?.message}
        </p>
      ) : null}
    </div>
  );
  const input = (name: keyof InvoiceFormValues, type = 'text', extra: Record<string, string> = {}) => (
    <input
      id={`invoice-${name}`}
      type={type}
      className={controlClass}
      aria-invalid={errors[name] ? true : undefined}
      aria-describedby={errors[name] ? `invoice-${name}-error` : undefined}
      {...extra}
      {...form.register(name)}
    />
  );
  const select = (name: keyof InvoiceFormValues, children: React.ReactNode) => (
    <select
      id={`invoice-${name}`}
      className={controlClass}
      aria-invalid={errors[name] ? true : undefined}
      {...form.register(name)}
    >
      <option value="">{t.labels.none}</option>
      {children}
    </select>
  );
  const people = options.people.map((person) => (
    <option key={person.id} value={person.id}>
      {person.name}
    </option>
  ));

  return (
    <form
      noValidate
      className="card grid max-w-2xl gap-4"
      data-testid="invoice-form"
      onSubmit={form.handleSubmit(async (values) => {
        setFormError(null);
        setFileError(null);
        const data = new FormData();
        for (const [key, value] of Object.entries(values)) data.set(key, value);
        if (values.vatPercent === 'other') data.set('vatPercent', '');
        else data.set('vatAmount', '');
        if (values.payeeKind === 'SUPPLIER') data.set('payeePersonId', '');
        const file = (document.getElementById('invoice-attachment') as HTMLInputElement | null)?.files?.[0];
        if (file) {
          if (file.size > MAX_ATTACHMENT_BYTES) {
            setFileError(t.fields.attachmentTooLarge);
            return;
          }
          data.set('attachment', file);
        }
        const result = await recordInvoiceAction(slug, data);
        if (result.ok) {
          router.push(`/forbund/${encodeURIComponent(slug)}/fakturor/${result.data.invoiceId}`);
          return;
        }
        if (result.code === 'VALIDATION') {
          for (const [name, message] of Object.entries(result.fieldErrors)) {
            if (name === 'attachment') setFileError(message);
            else if (name in values) form.setError(name as FieldPath<InvoiceFormValues>, { message });
            else setFormError(message);
          }
        } else {
          setFormError(result.message);
        }
      })}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        {field('supplier', t.labels.supplier, input('supplier'))}
        {field('invoiceNumber', t.labels.invoiceNumber, input('invoiceNumber'))}
        {field('invoiceDate', t.labels.invoiceDate, input('invoiceDate', 'date'))}
        {field('dueDate', t.labels.dueDate, input('dueDate', 'date'))}
        {field('amountExclVat', t.labels.amountExclVat, input('amountExclVat', 'text', { inputMode: 'decimal' }))}
        {field(
          'vatPercent',
          t.labels.vatPercent,
          <select id="invoice-vatPercent" className={controlClass} {...form.register('vatPercent')}>
            {([...VAT_PERCENTS, 'other'] as const).map((rate) => (
              <option key={rate} value={rate}>
                {t.vatPercents[rate]}
              </option>
            ))}
          </select>,
        )}
        {vatPercent === 'other'
          ? field('vatAmount', t.labels.vatAmount, input('vatAmount', 'text', { inputMode: 'decimal' }))
          : null}
        <div>
          <span className="block text-sm font-medium">{t.labels.amountInclVatDerived}</span>
          <output className="mt-2 block tabular-nums" data-testid="invoice-amount-incl-vat">
            {derived.ok ? formatKronor(derived.amountInclVat) : ''}
          </output>
        </div>
      </div>
      {field(
        'budgetLineId',
        t.labels.budgetLine,
        select(
          'budgetLineId',
          planYears.map((plan) => (
            <optgroup key={plan.year} label={String(plan.year)}>
              {plan.lines.map((line) => (
                <option key={line.id} value={line.id}>
                  {line.name}
                </option>
              ))}
            </optgroup>
          )),
        ),
      )}
      {field(
        'interventionId',
        t.labels.intervention,
        select(
          'interventionId',
          options.interventions.map((intervention) => (
            <option key={intervention.id} value={intervention.id}>
              {intervention.name}
            </option>
          )),
        ),
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        {field('concernsPersonId', t.labels.concernsPerson, select('concernsPersonId', people))}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {field(
          'payeeKind',
          t.labels.payeeKind,
          <select id="invoice-payeeKind" className={controlClass} {...form.register('payeeKind')}>
            {(['SUPPLIER', 'PERSON'] as const).map((kind) => (
              <option key={kind} value={kind}>
                {t.payeeKinds[kind]}
              </option>
            ))}
          </select>,
        )}
        {payeeKind === 'PERSON' ? field('payeePersonId', t.labels.payeePerson, select('payeePersonId', people)) : null}
      </div>
      <div>
        <label htmlFor="invoice-attachment" className="block text-sm font-medium">
          {t.labels.attachment}
        </label>
        <input
          id="invoice-attachment"
          name="attachment"
          type="file"
          accept="application/pdf,image/png,image/jpeg"
          className="mt-1 block text-sm"
        />
        {fileError ? <p className="mt-1 text-sm text-red-700">{fileError}</p> : null}
      </div>
      {formError ? (
        <p role="alert" className="text-sm text-red-700">
          {formError}
        </p>
      ) : null}
      <div>
        <Button type="submit" disabled={form.formState.isSubmitting} size="lg" data-testid="invoice-submit">
          {form.formState.isSubmitting ? t.saving : t.save}
        </Button>
      </div>
    </form>
  );
}
