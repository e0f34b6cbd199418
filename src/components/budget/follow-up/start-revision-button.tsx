'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { startBudgetRevisionAction } from '@/actions/budget-versions';

interface Props {
  slug: string;
  planId: string;
  texts: { button: string; help: string; started: string };
}

/** "Påbörja revidering": a new draft version; the adopted one is not touched. */
export function StartRevisionButton({ slug, planId, texts }: Props) {
  const router = useRouter();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="print:hidden">
      <Button
        disabled={pending}
        aria-describedby="start-revision-help"
        onClick={() =>
          startTransition(async () => {
            const result = await startBudgetRevisionAction(slug, { planId });
            setMessage(
              result.ok
                ? { text: texts.started.replace('{number}', String(result.data.versionNumber)), error: false }
                : { text: result.message, error: true },
            );
            if (result.ok) router.refresh();
          })
        }
      >
        {texts.button}
      </Button>
      <p id="start-revision-help" className="mt-1 text-sm text-slate-600">
        {texts.help}
      </p>
      <p role="status" className={message?.error ? 'text-sm text-red-800' : 'text-sm'}>
        {message?.text}
      </p>
    </div>
  );
}
