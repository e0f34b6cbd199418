'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { adoptBudgetRevisionAction } from '@/actions/budget-versions';

interface Props {
  slug: string;
  planId: string;
  decisions: { id: string; label: string }[];
  texts: { title: string; help: string; label: string; choose: string; button: string; adopted: string; none: string };
}

/** Adopts a revised version by the board decision chosen from the association's board meetings. */
export function AdoptRevisionForm({ slug, planId, decisions, texts }: Props) {
  const router = useRouter();
  const [decisionId, setDecisionId] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      className="card print:hidden"
      aria-labelledby="adopt-revision-title"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await adoptBudgetRevisionAction(slug, { planId, decisionId });
          if (result.ok) {
            setMessage({ text: texts.adopted, error: false });
            router.refresh();
          } else {
            const field = result.code === 'VALIDATION' ? result.fieldErrors.decisionId : undefined;
            setMessage({ text: field ?? result.message, error: true });
          }
        });
      }}
    >
      <h2 id="adopt-revision-title" className="text-lg font-semibold">
        {texts.title}
      </h2>
      <p className="mt-1 max-w-prose text-sm text-slate-600">{texts.help}</p>
      {decisions.length === 0 ? (
        <p className="mt-3 text-sm">{texts.none}</p>
      ) : (
        <div className="mt-3 flex flex-wrap items-end gap-3">
          <label className="flex flex-col text-sm font-medium">
            {texts.label}
            <select
              required
              value={decisionId}
              onChange={(event) => setDecisionId(event.target.value)}
              aria-invalid={message?.error || undefined}
              aria-describedby="adopt-revision-message"
              className="mt-1 max-w-xl rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
            >
              <option value="">{texts.choose}</option>
              {decisions.map((decision) => (
                <option key={decision.id} value={decision.id}>
                  {decision.label}
                </option>
              ))}
            </select>
          </label>
          <Button type="submit" disabled={pending}>
            {texts.button}
          </Button>
        </div>
      )}
      <p
        id="adopt-revision-message"
        role="status"
        className={message?.error ? 'mt-2 text-sm text-red-800' : 'mt-2 text-sm'}
      >
        {message?.text}
      </p>
    </form>
  );
}
