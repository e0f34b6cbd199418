'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition, type ReactNode } from 'react';
import type { ActionResult } from '@/server/kernel/action-result';

export const inputClass =
  'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 shadow-sm focus:border-accent-700 focus:outline-none focus:ring-2 focus:ring-accent-700/30';
export const primaryButton = 'rounded bg-accent-700 px-4 py-2 text-sm font-semibold text-white hover:bg-accent-800 disabled:opacity-50';
export const secondaryButton = 'rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50 disabled:opacity-50';
export const dangerButton = 'rounded border border-red-300 bg-white px-3 py-1.5 text-sm text-red-800 hover:bg-red-50 disabled:opacity-50';

/** A labelled field with its error (Swedish, from the server) right under it. */
export function Field({ id, label, error, hint, children }: { id: string; label: string; error?: string; hint?: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children}
      {hint ? <p className="mt-1 text-xs text-slate-600">{hint}</p> : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700" data-testid="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Runs a server action: on success refreshes the page; on refusal keeps the field errors and the message. */
export function useAction() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const run = <T,>(call: () => Promise<ActionResult<T, unknown>>, onOk?: (data: T) => void) =>
    startTransition(async () => {
      const result = await call();
      if (result.ok) {
        setFieldErrors({});
        setMessage(null);
        onOk?.(result.data);
        router.refresh();
        return;
      }
      setFieldErrors(result.code === 'VALIDATION' ? result.fieldErrors : {});
      setMessage(result.message);
      // Someone else saved first: fetch the fresh versions; what was typed stays in the form to save again.
      if (result.code === 'STALE') router.refresh();
    });
  return { pending, fieldErrors, message, run };
}

export function FormMessage({ message }: { message: string | null }) {
  return message ? (
    <p role="alert" className="text-sm text-red-700" data-testid="form-message">
      {message}
    </p>
  ) : null;
}
