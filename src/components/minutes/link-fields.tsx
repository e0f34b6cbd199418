'use client';

import { messages } from '@/i18n/catalog';
import { FieldError } from '@/components/ui/field';
import { Select } from '@/components/ui/select';

export interface LinkOptions {
  matters: { id: string; year: number; number: number; title: string }[];
  interventions: { id: string; name: string }[];
  plans: { id: string; year: number; title: string; versionNumber: number }[];
}

export interface Links {
  matterId: string;
  interventionId: string;
  planId: string;
}

/** The three selects that link a paragraph to a matter, an intervention and a plan. */
export function LinkFields({
  idPrefix,
  options,
  value,
  onChange,
  errors,
  disabled,
}: {
  idPrefix: string;
  options: LinkOptions;
  value: Links;
  onChange: (links: Links) => void;
  errors: Record<string, string>;
  disabled?: boolean;
}) {
  const t = messages().minutes.form;
  const select = (field: keyof Links, label: string, items: { id: string; label: string }[]) => (
    <div>
      <label htmlFor={`${idPrefix}-${field}`} className="text-sm font-medium">
        {label}
      </label>
      <Select
        id={`${idPrefix}-${field}`}
        value={value[field]}
        disabled={disabled}
        onChange={(event) => onChange({ ...value, [field]: event.target.value })}
        aria-describedby={errors[field] ? `${idPrefix}-${field}-error` : undefined}
      >
        <option value="">{t.noLink}</option>
        {items.map((item) => (
          <option key={item.id} value={item.id}>
            {item.label}
          </option>
        ))}
      </Select>
      <FieldError id={`${idPrefix}-${field}-error`} error={errors[field]} />
    </div>
  );
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      {select(
        'matterId',
        t.matter,
        options.matters.map((m) => ({ id: m.id, label: `${m.year}/${m.number} ${m.title}` })),
      )}
      {select(
        'interventionId',
        t.intervention,
        options.interventions.map((i) => ({ id: i.id, label: i.name })),
      )}
      {select(
        'planId',
        t.plan,
        options.plans.map((p) => ({ id: p.id, label: `${p.title} (v. ${p.versionNumber})` })),
      )}
    </div>
  );
}
