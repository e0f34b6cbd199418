'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useState, useTransition } from 'react';
import type { ActionResult } from '@/server/kernel/action-result';

export type FieldErrors = Record<string, string>;

export interface RunOptions<Data, Fresh> {
  /** After `{ ok: true }`, before the page refreshes. */
  onSuccess?: (data: Data) => void;
  /** After `STALE`: the fresh values, so the form can show them and the person redo the change. */
  onStale?: (fresh: Fresh) => void;
  /** Refresh the page's server data after success and after STALE (default true). */
  refresh?: boolean;
}

/**
 * Calls server actions for one form. `run(() => someAction(slug, input), { onSuccess, onStale })`
 * (or `run(call, onSuccess)`)
 * works with any action returning `ActionResult<Data, Fresh>`; while it runs `busy` is true
 * (a transition). On refusal `message` holds the Swedish text for the form (the `form` field error
 * when the refusal has one, else the refusal's message) and `fieldErrors` the errors per field;
 * STALE hands the fresh values to `onStale` and refreshes. On success both are cleared,
 * `onSuccess` runs and the page refreshes. `run` resolves to the action's result.
 */
export function useServerAction() {
  const router = useRouter();
  const [busy, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  const run = useCallback(
    <Data, Fresh>(
      call: () => Promise<ActionResult<Data, Fresh>>,
      options: RunOptions<Data, Fresh> | ((data: Data) => void) = {},
    ): Promise<ActionResult<Data, Fresh>> => {
      const { onSuccess, onStale, refresh = true } = typeof options === 'function' ? { onSuccess: options } : options;
      return new Promise((resolve) => {
        startTransition(async () => {
          setMessage(null);
          setFieldErrors({});
          const result = await call();
          if (result.ok) {
            onSuccess?.(result.data);
            if (refresh) router.refresh();
          } else if (result.code === 'VALIDATION') {
            setFieldErrors(result.fieldErrors);
            setMessage(result.fieldErrors.form ?? result.message);
          } else {
            setMessage(result.message);
            if (result.code === 'STALE') {
              onStale?.(result.fresh);
              if (refresh) router.refresh();
            }
          }
          resolve(result);
        });
      });
    },
    [router],
  );

  const reset = useCallback(() => {
    setMessage(null);
    setFieldErrors({});
  }, []);

  return { run, busy, message, fieldErrors, reset, setMessage };
}
