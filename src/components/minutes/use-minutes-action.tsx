'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { ActionResult } from '@/server/kernel/action-result';

export type MinutesActionResult = ActionResult<unknown, unknown>;

/**
 * Runs a minutes server action: busy while it runs, the refusal's message and field errors after,
 * a refresh on success. A stale version refreshes the page too and hands the fresh values to
 * `onStale`, so the form can show them and the person redo the change on top.
 */
export function useMinutesAction() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  async function run(action: () => Promise<MinutesActionResult>, onSuccess?: () => void, onStale?: (fresh: unknown) => void): Promise<boolean> {
    setBusy(true);
    setError(null);
    setFieldErrors({});
    try {
      const result = await action();
      if (result.ok) {
        onSuccess?.();
        router.refresh();
        return true;
      }
      if (result.code === 'VALIDATION') {
        setFieldErrors(result.fieldErrors);
        const unplaced = Object.entries(result.fieldErrors).filter(([field]) => field === 'form').map(([, message]) => message);
        setError(unplaced.length > 0 ? unplaced.join(' ') : result.message);
      } else {
        setError(result.message);
        if (result.code === 'STALE') {
          onStale?.(result.fresh);
          router.refresh();
        }
      }
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { busy, error, fieldErrors, run };
}

export const inputClass = 'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm';
export const buttonClass = 'rounded px-3 py-1.5 text-sm font-semibold disabled:opacity-50';
export const primaryButton = `${buttonClass} bg-accent-700 text-white hover:bg-accent-800`;
export const secondaryButton = `${buttonClass} border border-slate-300 bg-white text-slate-800 hover:bg-slate-50`;

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-700" role="alert">
      {message}
    </p>
  );
}

export function FormError({ message, testId }: { message: string | null; testId?: string }) {
  if (!message) return null;
  return (
    <p className="mt-2 rounded border-l-4 border-red-400 bg-red-50 px-3 py-2 text-sm text-red-900" role="alert" data-testid={testId}>
      {message}
    </p>
  );
}
