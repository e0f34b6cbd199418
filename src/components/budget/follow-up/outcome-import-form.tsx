'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { importOutcomeAction } from '@/actions/follow-up';
import type { ActionResult } from '@/server/kernel/action-result';

interface Props {
  slug: string;
  planId: string;
  texts: { title: string; lead: string; file: string; button: string; done: string };
}

/** Uploads an outcome CSV; every refused row is listed, and nothing is written unless all rows are clean. */
export function OutcomeImportForm({ slug, planId, texts }: Props) {
  const [state, action, pending] = useActionState(
    (_previous: ActionResult<{ count: number }> | null, form: FormData) => importOutcomeAction(slug, form),
    null,
  );
  const fileError = state && !state.ok && state.code === 'VALIDATION' ? state.fieldErrors.file : undefined;
  return (
    <form action={action} className="card print:hidden" aria-labelledby="outcome-import-title">
      <h2 id="outcome-import-title" className="text-lg font-semibold">
        {texts.title}
      </h2>
      <p className="mt-1 max-w-prose text-sm text-slate-600">{texts.lead}</p>
      <input type="hidden" name="planId" value={planId} />
      <div className="mt-3 flex flex-wrap items-end gap-3">
        <label className="flex flex-col text-sm font-medium">
          {texts.file}
          <input
            type="file"
            name="file"
            accept=".csv,text/csv"
            required
            aria-describedby="outcome-import-result"
            className="mt-1 text-sm"
          />
        </label>
        <Button type="submit" disabled={pending}>
          {texts.button}
        </Button>
      </div>
      <div id="outcome-import-result" role="status" className="mt-3 text-sm">
        {state?.ok ? <p>{texts.done.replace('{count}', String(state.data.count))}</p> : null}
        {state && !state.ok ? (
          <div className="text-red-800">
            <p className="font-medium">{state.message}</p>
            {fileError ? (
              <ul className="mt-1 list-disc pl-5">
                {fileError.split('\n').map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
    </form>
  );
}
