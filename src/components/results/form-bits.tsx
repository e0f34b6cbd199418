'use client';

import type { ActionResult } from '@/server/kernel/action-result';

export type Result = ActionResult<unknown, unknown>;
export const inputClass = 'mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm shadow-sm';
export const buttonClass = 'rounded bg-accent-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-accent-800 disabled:opacity-60';
export const secondaryButtonClass = 'rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold text-slate-800 hover:bg-slate-50';

/** Field errors by field name; anything else under 'form'. A zod path like 'note' maps to its field. */
export function failureText(result: Result): Record<string, string> {
  if (result.ok) return {};
  return result.code === 'VALIDATION' ? result.fieldErrors : { form: result.message };
}

export function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} className="mt-1 text-sm text-red-700" data-testid="field-error">
      {message}
    </p>
  ) : null;
}
