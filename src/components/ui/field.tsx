'use client';

import { createContext, useContext, useId, type AriaAttributes, type ReactNode } from 'react';

interface FieldControl {
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
}

const FieldContext = createContext<FieldControl | null>(null);

/**
 * What a control inside a `Field` needs: its id (the label's `htmlFor`), `aria-describedby`
 * (hint and error) and `aria-invalid`. The kit's Input, Select and Textarea use it; a custom
 * control can too. Props given to the control win over the field's.
 */
export function useFieldControl(props: {
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: AriaAttributes['aria-invalid'];
}) {
  const field = useContext(FieldContext);
  const describedBy = [field?.describedBy, props['aria-describedby']].filter(Boolean).join(' ') || undefined;
  return {
    id: props.id ?? field?.id,
    'aria-describedby': describedBy,
    'aria-invalid': props['aria-invalid'] ?? (field?.invalid ? true : undefined),
  };
}

/** The error under a field (Swedish, from the server). Rendered by `Field`; alone for a control outside one. */
export function FieldError({ id, error }: { id?: string; error: string | undefined | null }) {
  if (!error) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-700" data-testid="field-error">
      {error}
    </p>
  );
}

/**
 * A labelled control with an optional hint and its error right under it:
 * `<Field label="Titel" error={fieldErrors.title}><Input value={title} onChange={…} /></Field>`.
 * The control gets the id, `aria-describedby` (hint, error) and `aria-invalid` from the field.
 */
export function Field({
  label,
  id,
  hint,
  error,
  className,
  labelClassName = 'block text-sm font-medium',
  testId,
  children,
}: {
  label: ReactNode;
  /** The control's id; generated when not given. */
  id?: string;
  hint?: ReactNode;
  error?: string | null;
  className?: string;
  labelClassName?: string;
  testId?: string;
  children: ReactNode;
}) {
  const generated = useId();
  const controlId = id ?? generated;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const control: FieldControl = {
    id: controlId,
    describedBy: [hintId, errorId].filter(Boolean).join(' ') || undefined,
    invalid: Boolean(error),
  };
  return (
    <div className={className} data-testid={testId}>
      <label htmlFor={controlId} className={labelClassName}>
        {label}
      </label>
      <FieldContext.Provider value={control}>{children}</FieldContext.Provider>
      {hint ? (
        <p id={hintId} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId} error={error} />
    </div>
  );
}
