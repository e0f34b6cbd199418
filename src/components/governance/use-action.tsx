'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { ActionResult } from '@/server/kernel/action-result';

export const inputClass = 'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 shadow-sm focus:border-accent-700 focus:outline-none focus:ring-2 focus:ring-accent-700/30';
export const primaryButton = 'rounded bg-accent-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-accent-800 disabled:opacity-50';
export const secondaryButton = 'rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50 disabled:opacity-50';

/**
 * Runs a server action, keeps its refusal (message and field errors) for the form, and refreshes
 * the page on success or on a stale version (so the user sees the latest and can redo the change).
 */
export function useAction() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  function run<T, F>(action: () => Promise<ActionResult<T, F>>, onSuccess?: (data: T) => void) {
    startTransition(async () => {
      const result = await action();
      if (result.ok) {
        setMessage(null);
        setFieldErrors({});
        onSuccess?.(result.data);
        router.refresh();
        return;
      }
      setMessage(result.message);
      setFieldErrors(result.code === 'VALIDATION' ? result.fieldErrors : {});
      if (result.code === 'STALE') router.refresh();
    });
  }
  return { pending, message, fieldErrors, run };
}

export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-700">
      {error}
    </p>
  );
}

export function FormMessage({ message, testId }: { message: string | null; testId?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className="rounded border-l-4 border-red-400 bg-red-50 px-3 py-2 text-sm text-red-950" data-testid={testId}>
      {message}
    </p>
  );
}
